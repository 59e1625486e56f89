package lt.pagalba.billing;

import java.math.BigDecimal;
import lt.pagalba.shared.Ids;
import org.springframework.stereotype.Component;

/** An issued invoice as its PDF: the document the client receives, in the client's language. */
@Component
public class InvoiceFiles {

    private final InvoiceBook book;
    private final InvoicePdf pdf;
    private final LineTexts texts;

    InvoiceFiles(InvoiceBook book, InvoicePdf pdf, LineTexts texts) {
        this.book = book;
        this.pdf = pdf;
        this.texts = texts;
    }

    public byte[] pdf(String invoiceId) {
        return pdf.render(document(book.get(invoiceId)));
    }

    public String fileName(String invoiceId) {
        return fileName(book.get(invoiceId));
    }

    private static String fileName(Invoice invoice) {
        return invoice.number() + ".pdf";
    }

    /** The PDF as a download named by the invoice's number. */
    static org.springframework.http.ResponseEntity<byte[]> download(InvoiceFiles files, String id) {
        Invoice invoice = files.book.get(id);
        byte[] bytes = files.pdf.render(files.document(invoice));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName(invoice)).build().toString())
                .body(bytes);
    }

    InvoiceDocument document(Invoice i) {
        InvoiceDocument.Type type = switch (i.type()) {
            case PROFORMA -> InvoiceDocument.Type.PROFORMA;
            case VAT_INVOICE -> InvoiceDocument.Type.VAT_INVOICE;
            case CREDIT_NOTE -> InvoiceDocument.Type.CREDIT_NOTE;
        };
        String basedOn = i.basedOn() == null ? null : Ids.parse(i.basedOn()).map(id -> book.get(id.toString()).number()).orElse(null);
        String corrects = i.corrects() == null ? null : book.get(i.corrects()).number();
        return new InvoiceDocument(type, i.number(), i.issueDate(), i.dueDate(), party(i.seller()), party(i.buyer()),
                i.contractNumber(), i.period() == null ? null
                        : texts.periodName(lt.pagalba.shared.Period.parse(i.period()), java.util.Locale.forLanguageTag(i.language())),
                i.lines().stream().map(l -> new InvoiceDocument.Line(l.description(), l.hours(),
                        "en".equals(i.language()) ? "h" : "val.", l.unitPrice().amount(), l.amount().amount())).toList(),
                i.net().amount(), new BigDecimal(i.vatRate()), i.vat().amount(), i.gross().amount(), i.totalInWords(),
                i.language(), corrects, basedOn);
    }

    private static InvoiceDocument.Party party(Invoice.Party p) {
        return new InvoiceDocument.Party(p.name(), p.companyCode(), p.vatCode(), p.address(), p.iban());
    }
}
