/**
 * Clients (companies), their contact people, billing settings and permanent consultant.
 *
 * <p>Other modules' SQL reads clients only through the view {@code client_terms} (id, name,
 * billing_period, increment_minutes, minimum_minutes; migration V21).
 */
package lt.pagalba.client;
