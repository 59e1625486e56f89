/**
 * Clients (companies), their contact people, billing settings and permanent consultant. Other
 * modules find clients through {@link lt.pagalba.client.ClientDirectory}; they add to the client's
 * page and API details through {@code PageSection<Client>} and {@code DetailsContributor<Client>}.
 *
 * <p>Other modules' SQL reads clients only through the view {@code client_terms} (id, name,
 * billing_period, increment_minutes, minimum_minutes; migration V21). Triggers of other modules watch
 * the client table: a rename reaches the requests' company (V47), a new increment or minimum the
 * journal's monthly sums (V82).
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "staff"})
package lt.pagalba.client;

import org.springframework.modulith.ApplicationModule;
