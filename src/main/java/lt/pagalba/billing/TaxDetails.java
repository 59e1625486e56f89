package lt.pagalba.billing;

import java.time.LocalDate;

/**
 * What a document says for the VAT law beyond its lines and totals (PVMĮ art. 80, 83): the supply
 * date (the end of its latest supply period), how VAT applies, a credit note's reason and why it was
 * made, and who issued it ({@code issuedBy} their username, {@code issuer} as printed).
 */
record TaxDetails(LocalDate supplyDate, VatCategory vatCategory, String reason, CreditOrigin creditOrigin,
                  String issuedBy, Issuer issuer) {
}
