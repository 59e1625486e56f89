package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;

/**
 * What an issued document says (R17): it never changes once issued, only the document's status does.
 *
 * @param period    the billing run's period of a proforma, and of the documents made from it
 * @param dueDate   a proforma's; none on a VAT invoice or credit note
 * @param basedOn   a VAT invoice's proforma
 * @param corrects  a credit note's VAT invoice
 */
record InvoiceContent(InvoiceId id, InvoiceType type, String number, ClientId clientId, Period period,
                      LocalDate issueDate, LocalDate dueDate, String contractNumber, Party seller, Party buyer,
                      String language, InvoiceId basedOn, InvoiceId corrects, List<InvoiceLine> lines, Totals totals,
                      TaxDetails tax) {

    InvoiceContent {
        lines = List.copyOf(lines);
    }

    InvoiceContent withLines(List<InvoiceLine> stored) {
        return new InvoiceContent(id, type, number, clientId, period, issueDate, dueDate, contractNumber, seller, buyer,
                language, basedOn, corrects, stored, totals, tax);
    }
}
