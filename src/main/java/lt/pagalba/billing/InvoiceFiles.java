package lt.pagalba.billing;

import java.math.BigDecimal;
import java.util.Locale;
import lt.pagalba.shared.InvoiceId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    public byte[] pdf(InvoiceId invoiceId) {
        return pdf.render(document(book.get(invoiceId)));
    }

    public String fileName(InvoiceId invoiceId) {
        return fileName(book.get(invoiceId));
    }

    /** The PDF as a download named by the invoice's number. */
    ResponseEntity<byte[]> download(InvoiceId id) {
        InvoiceView invoice = book.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(invoice)).build().toString())
                .body(pdf.render(document(invoice)));
    }

    private static String fileName(InvoiceView invoice) {
        return invoice.number() + ".pdf";
    }

    InvoiceDocument document(InvoiceView i) {
        InvoiceDocument.Type type = switch (i.type()) {
            case PROFORMA -> InvoiceDocument.Type.PROFORMA;
            case VAT_INVOICE -> InvoiceDocument.Type.VAT_INVOICE;
            case CREDIT_NOTE -> InvoiceDocument.Type.CREDIT_NOTE;
        };
        String basedOn = i.basedOn() == null ? null : book.get(i.basedOn()).number();
        String corrects = i.corrects() == null ? null : book.get(i.corrects()).number();
        String periodLabel = i.period() == null ? null : texts.periodName(i.period(), Locale.forLanguageTag(i.language()));
        String unit = "en".equals(i.language()) ? "h" : "val.";
        return new InvoiceDocument(type, i.number(), i.issueDate(), i.dueDate(), party(i.seller()), party(i.buyer()),
                i.contractNumber(), periodLabel, i.lines().stream().map(l -> new InvoiceDocument.Line(l.description(),
                        l.hours(), unit, l.unitPrice().amount(), l.amount().amount())).toList(),
                i.net().amount(), new BigDecimal(i.vatRate()), i.vat().amount(), i.gross().amount(), i.totalInWords(),
                i.language(), corrects, basedOn);
    }

    private static InvoiceDocument.Party party(Party p) {
        return new InvoiceDocument.Party(p.name(), p.companyCode(), p.vatCode(), p.address(), p.iban());
    }
}
