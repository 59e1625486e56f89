package lt.pagalba.tax;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import lt.pagalba.shared.InvoiceId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tax files over HTTP: a document's e-invoice, a month's i.SAF file and its sales register (CSV
 * when asked for {@code text/csv}, else XLSX). A month is written {@code 2026-11}.
 */
@RestController
@RequestMapping("/api/v1")
class TaxApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EInvoices eInvoices;
    private final TaxFiles files;

    TaxApi(EInvoices eInvoices, TaxFiles files) {
        this.eInvoices = eInvoices;
        this.files = files;
    }

    @GetMapping(value = "/invoices/{id}/ubl", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> ubl(@PathVariable InvoiceId id) {
        return download(eInvoices.xml(id), MediaType.APPLICATION_XML, eInvoices.fileName(id));
    }

    @GetMapping(value = "/tax/isaf", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> isaf(@RequestParam(required = false) String period) {
        YearMonth month = TaxFiles.month(period);
        return download(files.isaf(month), MediaType.APPLICATION_XML, "isaf-" + month + ".xml");
    }

    @GetMapping("/tax/sales-register")
    ResponseEntity<byte[]> salesRegister(@RequestParam(required = false) String period,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        YearMonth month = TaxFiles.month(period);
        Locale locale = LocaleContextHolder.getLocale();
        if (accept != null && accept.contains("text/csv")) {
            return download(files.registerCsv(month, locale), CSV, "pardavimai-" + month + ".csv");
        }
        return download(files.registerXlsx(month, locale), XLSX, "pardavimai-" + month + ".xlsx");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
