/** Billing runs, proforma and VAT invoices, credit notes, numbering, PDF (R13–R15, R17, B1–B7). */
package lt.pagalba.billing;
