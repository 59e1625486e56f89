package lt.pagalba.tax;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.journal.WorkEntryView;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvoiceId;
import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The e-invoice of a VAT invoice or credit note (EN 16931, Peppol BIS Billing 3.0) as UBL 2.1 XML.
 * The buyer's reference is the contract's number, else the number of the first support request
 * whose work it bills, else the document's own number (Peppol asks for one).
 */
@Service
public class EInvoices {

    private final InvoiceBook book;
    private final MessageSource messages;

    EInvoices(InvoiceBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    /** A VAT invoice or credit note has an e-invoice; a proforma (no tax document) has none. */
    public static boolean exists(InvoiceType type) {
        return type == InvoiceType.VAT_INVOICE || type == InvoiceType.CREDIT_NOTE;
    }

    public byte[] xml(InvoiceId id) {
        InvoiceView invoice = book.get(id);
        if (!exists(invoice.type())) {
            throw new ConflictException("einvoice.onlyTaxDocuments", invoice.number());
        }
        if (invoice.type() == InvoiceType.VAT_INVOICE) {
            return UBL21Marshaller.invoice().setCharset(StandardCharsets.UTF_8).setFormattedOutput(true)
                    .getAsBytes(UblDocuments.invoice(invoice, buyerReference(invoice), paymentNote(invoice)));
        }
        InvoiceView corrected = book.get(invoice.corrects());
        return UBL21Marshaller.creditNote().setCharset(StandardCharsets.UTF_8).setFormattedOutput(true)
                .getAsBytes(UblDocuments.creditNote(invoice, corrected, buyerReference(corrected), paymentNote(invoice)));
    }

    public String fileName(InvoiceId id) {
        return book.get(id).number() + ".xml";
    }

    private String buyerReference(InvoiceView invoice) {
        if (invoice.contractNumber() != null) {
            return invoice.contractNumber();
        }
        return book.entriesBehind(invoice.id()).values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(WorkEntryView::workDate)).map(WorkEntryView::requestNumber)
                .filter(Objects::nonNull).findFirst().orElse(invoice.number());
    }

    /** How it is settled: by the proforma it was issued from, or (a credit note) against the invoice it corrects. */
    private String paymentNote(InvoiceView invoice) {
        Locale locale = Locale.forLanguageTag(invoice.language());
        if (invoice.type() == InvoiceType.CREDIT_NOTE) {
            return messages.getMessage("einvoice.terms.credit", new Object[]{book.get(invoice.corrects()).number()}, locale);
        }
        if (invoice.basedOn() == null) {
            return messages.getMessage("einvoice.terms.transfer", null, locale);
        }
        InvoiceView proforma = book.get(invoice.basedOn());
        return proforma.paidOn() != null
                ? messages.getMessage("einvoice.terms.paid", new Object[]{proforma.number(), proforma.paidOn().toString()}, locale)
                : messages.getMessage("einvoice.terms.due", new Object[]{proforma.number(), String.valueOf(proforma.dueDate())}, locale);
    }
}
