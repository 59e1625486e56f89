/**
 * Service contracts: validity, contract period (month or quarter), rounding of entries, and per
 * category the included minutes and the overage rate (R13, R15, B2–B4).
 *
 * <p>Other modules' SQL reads contracts only through what migration V20 publishes: the views
 * {@code contract_terms} and {@code contract_allowance_terms}, the contract valid on a day
 * ({@code contract_valid_on(client, day)}) and the contract that governs a period
 * ({@code contract_governing(client, from, to)}: the latest valid on any of its days, the same rule
 * as {@link lt.pagalba.contract.Contract#governing}); and what a contract promises of the service
 * levels, {@code contract_service_promise} (V61). A trigger of the journal's (V82) watches the
 * contract table: a contract created, changed in its days, increment or minimum, or removed has the
 * journal reckon its client's monthly sums again, in the same transaction.
 */
@ApplicationModule(allowedDependencies = {"client", "shared", "audit", "staff"})
package lt.pagalba.contract;

import org.springframework.modulith.ApplicationModule;
