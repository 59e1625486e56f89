package lt.pagalba.portal;

import java.util.List;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.billing.InvoiceStatus;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.StatementId;
import lt.pagalba.statement.ClientStatements;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The company's proformas, VAT invoices, credit notes and statements, with status and due dates, to download. */
@Controller
@RequestMapping("/portal")
class PortalDocuments {

    private final InvoiceBook invoices;
    private final InvoiceFiles invoiceFiles;
    private final ClientStatements statements;

    PortalDocuments(InvoiceBook invoices, InvoiceFiles invoiceFiles, ClientStatements statements) {
        this.invoices = invoices;
        this.invoiceFiles = invoiceFiles;
        this.statements = statements;
    }

    /** A document as the client reads it: what it is, and whether it is still to pay. */
    record Document(InvoiceView invoice, String state) {

        static Document of(InvoiceView i) {
            String state = i.type() == InvoiceType.CREDIT_NOTE ? "credit"
                    : i.type() == InvoiceType.VAT_INVOICE || i.status() == InvoiceStatus.PAID ? "paid"
                    : i.status() == InvoiceStatus.CANCELLED ? "cancelled" : "toPay";
            return new Document(i, state);
        }
    }

    @GetMapping("/documents")
    String documents(PortalUser user, Model model) {
        List<Document> documents = invoices.list(user.clientId(), null, null, null).stream().map(Document::of).toList();
        model.addAttribute("documents", documents);
        model.addAttribute("statements", statements.of(user.clientId()));
        return "portal/documents";
    }

    /** The invoice's PDF, found together with the company: another company's is not found. */
    @GetMapping("/invoices/{id}/pdf")
    ResponseEntity<byte[]> invoicePdf(PortalUser user, @PathVariable InvoiceId id) {
        InvoiceView invoice = invoices.findOfClient(user.clientId(), id).orElseThrow(() -> new NotFoundException("invoice", id));
        return pdf(invoiceFiles.pdf(invoice.id()), invoiceFiles.fileName(invoice.id()));
    }

    /** The statement's stored PDF, exactly as it was made. */
    @GetMapping("/statements/{id}/pdf")
    ResponseEntity<byte[]> statementPdf(PortalUser user, @PathVariable StatementId id) {
        byte[] pdf = statements.pdf(user.clientId(), id).orElseThrow(() -> new NotFoundException("statement", id));
        return pdf(pdf, statements.fileName(id));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
