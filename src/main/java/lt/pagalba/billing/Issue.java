package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import lt.pagalba.shared.ClientId;

/** The circumstances of issuing one document: its number, the day and its VAT rate, and the parties as they are that day. */
record Issue(String number, LocalDate date, BigDecimal vatRate, Party seller, ClientId clientId, Party buyer,
             String language) {
}
