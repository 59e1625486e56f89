/**
 * Billing runs, proforma and VAT invoices, credit notes, numbering, PDF (R13–R15, R17, B1–B7).
 * Billing reads what is unbilled and locks what it billed through the journal's
 * {@link lt.pagalba.journal.WorkEntryLocks}, and announces every document issued
 * ({@link lt.pagalba.billing.BillingEvents.InvoiceIssued}) for the mail module. The contract-hours report
 * ({@link lt.pagalba.billing.ContractHours}) is billing's own split of billable time into included, beyond and
 * without a contract, by the periods and rules a run uses.
 */
@ApplicationModule(allowedDependencies = {"journal", "contract", "client", "shared", "audit", "staff"})
package lt.pagalba.billing;

import org.springframework.modulith.ApplicationModule;
