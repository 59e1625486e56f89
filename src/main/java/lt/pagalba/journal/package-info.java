/**
 * The consultation journal (R8, R9, R11): every minute of work on a request, corrections instead of
 * edits once an entry counts, billable minutes (B1), usage against the contract (B3, B4), and
 * timesheets. Billing learns what is unbilled and locks what it billed through
 * {@link lt.pagalba.journal.WorkEntryLocks}; the journal knows nothing of invoices.
 *
 * <p>Its SQL reads other modules only through the views and functions they publish:
 * {@code request_reference} (V18) and {@code client_terms} (V21), {@code contract_valid_on},
 * {@code contract_governing}, {@code contract_terms} and {@code contract_allowance_terms} (V20).
 * Its monthly sums ({@code work_month}, V82) are kept by triggers on its own table and, for what
 * the rounding depends on, on the contract and client tables (docs/journal.md, "Monthly sums").
 */
@ApplicationModule(allowedDependencies = {"request", "contract", "client", "shared", "audit", "staff"})
package lt.pagalba.journal;

import org.springframework.modulith.ApplicationModule;
