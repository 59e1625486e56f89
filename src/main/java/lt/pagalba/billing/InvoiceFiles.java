package lt.pagalba.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import lt.pagalba.shared.InvoiceId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * An issued invoice as its PDF: the document the client receives, in the client's language. It is
 * made once, when it is first asked for (the mail queues it right after issue), and kept: every
 * later download and e-mail is the same bytes.
 */
@Component
public class InvoiceFiles {

    private final InvoiceBook book;
    private final InvoicePdf pdf;
    private final LineTexts texts;
    private final StoredPdfs stored;

    InvoiceFiles(InvoiceBook book, InvoicePdf pdf, LineTexts texts, StoredPdfs stored) {
        this.book = book;
        this.pdf = pdf;
        this.texts = texts;
        this.stored = stored;
    }

    public byte[] pdf(InvoiceId invoiceId) {
        return stored.find(invoiceId).orElseGet(() -> stored.keep(invoiceId, pdf.render(document(book.get(invoiceId)))));
    }

    public String fileName(InvoiceId invoiceId) {
        return fileName(book.get(invoiceId));
    }

    /** The PDF as a download named by the invoice's number. */
    ResponseEntity<byte[]> download(InvoiceId id) {
        InvoiceView invoice = book.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(invoice)).build().toString())
                .body(pdf(id));
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
        Locale locale = Locale.forLanguageTag(i.language());
        String basedOn = i.basedOn() == null ? null : book.get(i.basedOn()).number();
        InvoiceView corrected = i.corrects() == null ? null : book.get(i.corrects());
        String periodLabel = i.period() == null ? null : texts.periodName(i.period(), locale);
        String hour = "en".equals(i.language()) ? "h" : "val.";
        String piece = "en".equals(i.language()) ? "pc." : "vnt.";
        List<InvoiceDocument.Line> lines = i.lines().stream().map(l -> l.unit() == LineUnit.MIN
                ? new InvoiceDocument.Line(l.description(), l.hours(), hour, l.unitPrice().amount(), l.amount().amount(), l.minutes())
                : new InvoiceDocument.Line(l.description(), l.quantity().setScale(2), piece, l.unitPrice().amount(),
                        l.amount().amount())).toList();
        Issuer issuer = i.issuer();
        InvoiceDocument.Particulars particulars = new InvoiceDocument.Particulars(i.supplyDate(),
                i.supplyPeriods().stream().map(p -> texts.periodName(p, locale)).toList(),
                corrected == null ? null : corrected.issueDate(), i.reason(), issuer == null ? null : issuer.name(),
                issuer == null ? null : issuer.position(),
                i.vatBreakdown().stream().map(v -> new InvoiceDocument.VatRow(new BigDecimal(v.rate()), v.net().amount(),
                        v.vat().amount())).toList(), i.vatCategory() == VatCategory.AE);
        return new InvoiceDocument(type, i.number(), i.issueDate(), i.dueDate(), party(i.seller()), party(i.buyer()),
                i.contractNumber(), periodLabel, lines, i.net().amount(), new BigDecimal(i.vatRate()), i.vat().amount(),
                i.gross().amount(), i.totalInWords(), i.language(), corrected == null ? null : corrected.number(), basedOn,
                particulars);
    }

    private static InvoiceDocument.Party party(Party p) {
        return new InvoiceDocument.Party(p.name(), p.companyCode(), p.vatCode(), p.address(), p.iban(), p.bank());
    }
}
