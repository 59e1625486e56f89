package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;

/**
 * An issued document as the API, the pages and other modules read it. Money is text with two
 * decimals; the VAT rate a whole percent; ids and periods as text. A dry run's previews have no id
 * and no number.
 */
public record InvoiceView(InvoiceId id, String number, InvoiceType type, ClientId clientId, Period period,
                          LocalDate issueDate, LocalDate dueDate, Money net, String vatRate, Money vat, Money gross,
                          String totalInWords, InvoiceStatus status, LocalDate paidOn, String contractNumber,
                          Party seller, Party buyer, String language, InvoiceId basedOn, InvoiceId corrects,
                          List<InvoiceLine> lines) {

    /** The same document before it has an id or a number (a dry run shows what it would issue). */
    InvoiceView unnumbered() {
        return new InvoiceView(null, null, type, clientId, period, issueDate, dueDate, net, vatRate, vat, gross, totalInWords,
                status, paidOn, contractNumber, seller, buyer, language, null, null, lines);
    }
}
