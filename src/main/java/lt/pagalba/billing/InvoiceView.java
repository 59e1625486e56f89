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
 *
 * @param issuedBy    the username of who issued it ({@code system} for what Pagalba issued by itself)
 * @param issuer      their name and position, as the document prints them
 * @param supplyDate  the end of its latest supply period
 * @param reason      a credit note's reason for the correction (PVMĮ art. 83)
 * @param vatInvoice  a proforma's VAT invoice, once issued
 * @param vatBreakdown the VAT per rate (one row unless a rate changed between the supply dates of its lines)
 */
public record InvoiceView(InvoiceId id, String number, InvoiceType type, ClientId clientId, Period period,
                          LocalDate issueDate, LocalDate dueDate, Money net, String vatRate, Money vat, Money gross,
                          String totalInWords, InvoiceStatus status, LocalDate paidOn, String contractNumber,
                          Party seller, Party buyer, String language, InvoiceId basedOn, InvoiceId corrects,
                          List<InvoiceLine> lines, String issuedBy, Issuer issuer, LocalDate supplyDate,
                          VatCategory vatCategory, String reason, InvoiceId vatInvoice, List<VatSubtotal> vatBreakdown) {

    /** The VAT of one rate: the net of the lines at that rate and the VAT taken of it. */
    public record VatSubtotal(String rate, Money net, Money vat) {
    }

    /** The same document before it has an id or a number (a dry run shows what it would issue). */
    InvoiceView unnumbered() {
        return new InvoiceView(null, null, type, clientId, period, issueDate, dueDate, net, vatRate, vat, gross, totalInWords,
                status, paidOn, contractNumber, seller, buyer, language, null, null, lines, issuedBy, issuer, supplyDate,
                vatCategory, reason, null, vatBreakdown);
    }

    /** The distinct supply periods of its lines, earliest first. */
    public List<Period> supplyPeriods() {
        return lines.stream().map(InvoiceLine::period).distinct().sorted().toList();
    }
}
