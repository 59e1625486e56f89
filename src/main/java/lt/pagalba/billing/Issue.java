package lt.pagalba.billing;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;

/**
 * The circumstances of issuing one document: its number and day, the parties as they are that day,
 * how VAT applies to the buyer, and who issues it ({@code issuedBy} their username).
 */
record Issue(String number, LocalDate date, Party seller, ClientId clientId, Party buyer, String language,
             VatCategory vatCategory, String issuedBy, Issuer issuer) {
}
