package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;

/**
 * A VAT invoice or credit note as the tax exports read it (i.SAF, the sales register): its number and
 * dates, the buyer as named on it, how VAT applied, its totals with the VAT per rate, and for a
 * credit note the invoice it corrects.
 */
public record TaxDocument(InvoiceId id, String number, InvoiceType type, LocalDate issueDate, LocalDate supplyDate,
                          ClientId clientId, Party buyer, VatCategory vatCategory, Money net, Money vat, Money gross,
                          List<InvoiceView.VatSubtotal> vatBreakdown, String correctsNumber, LocalDate correctsIssueDate) {
}
