/**
 * Tax documents for the outside world: the e-invoice of each VAT invoice and credit note (UBL 2.1,
 * Peppol BIS Billing 3.0, EN 16931), the month's i.SAF 1.2 file for VMI, the sales register for
 * accounting programs (CSV and XLSX), and the accountant's Accounting page. It reads what billing
 * issued through billing's faces ({@link lt.pagalba.billing.InvoiceBook},
 * {@link lt.pagalba.billing.TaxDocuments}, {@link lt.pagalba.billing.VatInvoiceRuns}) and writes nothing.
 */
@ApplicationModule(allowedDependencies = {"billing", "journal", "shared", "staff"})
package lt.pagalba.tax;

import org.springframework.modulith.ApplicationModule;
