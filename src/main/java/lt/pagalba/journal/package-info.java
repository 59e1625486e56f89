/**
 * The consultation journal (R8, R9, R11): every minute of work on a request, corrections instead of
 * edits once an entry counts, billable minutes (B1), usage against the contract (B3, B4), and
 * timesheets. Billing locks entries through {@link lt.pagalba.journal.ConsultationJournal}; the
 * journal knows nothing of invoices.
 */
package lt.pagalba.journal;
