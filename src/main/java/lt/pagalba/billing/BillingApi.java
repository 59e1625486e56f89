package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.pagalba.journal.WorkEntry;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class BillingApi {

    private final BillingRun runs;
    private final InvoiceBook book;
    private final InvoiceFiles files;

    BillingApi(BillingRun runs, InvoiceBook book, InvoiceFiles files) {
        this.runs = runs;
        this.book = book;
        this.files = files;
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return InvoiceFiles.download(files, id);
    }

    record RunRequest(String period, Boolean dryRun) {
    }

    record RunAnswer(String period, boolean dryRun, List<Summary> invoices, List<String> skippedClients) {
    }

    record Summary(String id, String number, String clientId, Money net, Money vat, Money gross) {
    }

    @PostMapping("/billing-runs")
    RunAnswer run(@RequestBody RunRequest body) {
        if (body.period() == null || body.period().isBlank()) {
            throw new InvalidInputException(FieldProblem.required("period"));
        }
        if (!Period.isValid(body.period()) || Period.parse(body.period()).length() != PeriodLength.MONTH) {
            throw new InvalidInputException(FieldProblem.invalid("period", "billing.period.month"));
        }
        boolean dry = Boolean.TRUE.equals(body.dryRun());
        var result = runs.run(YearMonth.parse(body.period().trim()), dry, Actor.current());
        return new RunAnswer(result.period(), dry, result.invoices().stream().map(i -> new Summary(i.id(), i.number(),
                i.clientId(), i.net(), i.vat(), i.gross())).toList(), result.skipped());
    }

    @GetMapping("/invoices")
    PageOf<Invoice> list(@RequestParam(required = false) String clientId, @RequestParam(required = false) String period,
                         @RequestParam(required = false) InvoiceType type, @RequestParam(required = false) InvoiceStatus status) {
        return PageOf.all(book.list(clientId, period, type, status));
    }

    @GetMapping("/invoices/{id}")
    Invoice get(@PathVariable String id) {
        return book.get(id);
    }

    /** The work entries behind each line, by line id. */
    @GetMapping("/invoices/{id}/entries")
    Map<String, List<WorkEntry>> entries(@PathVariable String id) {
        return book.entriesBehind(id);
    }

    record Payment(LocalDate paidOn) {
    }

    @PostMapping("/invoices/{id}/payment")
    Invoice paid(@PathVariable String id, @RequestBody Payment body) {
        return book.markPaid(id, body.paidOn(), Actor.current());
    }

    @PostMapping("/invoices/{id}/cancel")
    Invoice cancel(@PathVariable String id) {
        return book.cancel(id, Actor.current());
    }

    record Credit(List<String> lines) {
    }

    @PostMapping("/invoices/{id}/credit-notes")
    Invoice credit(@PathVariable String id, @RequestBody(required = false) Credit body) {
        return book.creditNote(id, body == null ? null : body.lines(), Actor.current());
    }

    record VatRun(LocalDate issuedUpTo) {
    }

    /** VAT invoices for every proforma issued up to a day and still unpaid (R17: by the 10th of the next month). */
    @PostMapping("/billing-runs/vat-invoices")
    PageOf<Invoice> vatInvoices(@RequestBody VatRun body) {
        if (body.issuedUpTo() == null) {
            throw new InvalidInputException(FieldProblem.required("issuedUpTo"));
        }
        return PageOf.all(book.issueVatInvoicesForUnpaid(body.issuedUpTo(), Actor.current()));
    }
}
