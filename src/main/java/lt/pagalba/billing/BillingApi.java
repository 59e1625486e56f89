package lt.pagalba.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.pagalba.journal.WorkEntryView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Period;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class BillingApi {

    private final BillingRun runs;
    private final InvoiceBook book;
    private final InvoiceFiles files;
    private final VatInvoiceRuns vatInvoiceRuns;

    BillingApi(BillingRun runs, InvoiceBook book, InvoiceFiles files, VatInvoiceRuns vatInvoiceRuns) {
        this.runs = runs;
        this.book = book;
        this.files = files;
        this.vatInvoiceRuns = vatInvoiceRuns;
    }

    record RunRequest(@NotBlank @BillingMonth String period, Boolean dryRun) {
    }

    record RunAnswer(Period period, boolean dryRun, List<Summary> invoices, List<ClientId> skippedClients,
                     List<BillingRun.IncompleteBuyer> incompleteClients) {
    }

    record Summary(InvoiceId id, String number, ClientId clientId, Money net, Money vat, Money gross) {
    }

    record Payment(@NotNull LocalDate paidOn) {
    }

    /** A credit note: the lines to take back (ids, or {@code {"line", "minutes"}} for part of one; none: all that is left) and why. */
    record Credit(List<CreditedLine> lines, String reason) {
    }

    /** A line to take back: its id alone (all that is left on it), or with the minutes to take back of it. */
    record CreditedLine(String line, Integer minutes) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        CreditedLine(@JsonProperty("line") String line, @JsonProperty("minutes") Integer minutes) {
            this.line = line;
            this.minutes = minutes;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CreditedLine of(String line) {
            return new CreditedLine(line, null);
        }

        CreditRequest request() {
            return new CreditRequest(line, minutes);
        }
    }

    record VatInvoiceRunRequest(@NotBlank @BillingMonth String period) {
    }

    record VatRun(@NotNull LocalDate issuedUpTo) {
    }

    @PostMapping("/billing-runs")
    RunAnswer run(@Valid @RequestBody RunRequest body) {
        boolean dry = Boolean.TRUE.equals(body.dryRun());
        var result = runs.run(YearMonth.parse(body.period().trim()), dry, Actor.current());
        return new RunAnswer(result.period(), dry, result.invoices().stream().map(i -> new Summary(i.id(), i.number(),
                i.clientId(), i.net(), i.vat(), i.gross())).toList(), result.skipped(), result.incomplete());
    }

    @GetMapping("/invoices")
    PageOf<InvoiceView> list(@RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String period,
                             @RequestParam(required = false) InvoiceType type, @RequestParam(required = false) InvoiceStatus status) {
        PeriodFilter filter = PeriodFilter.of(period);
        return PageOf.all(filter.matchesNothing() ? List.of() : book.list(clientId, filter.period(), type, status));
    }

    @GetMapping("/invoices/{id}")
    InvoiceView get(@PathVariable InvoiceId id) {
        return book.get(id);
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable InvoiceId id) {
        return files.download(id);
    }

    /** The work entries behind each line, by line id. */
    @GetMapping("/invoices/{id}/entries")
    Map<String, List<WorkEntryView>> entries(@PathVariable InvoiceId id) {
        return book.entriesBehind(id);
    }

    @PostMapping("/invoices/{id}/payment")
    InvoiceView paid(@PathVariable InvoiceId id, @Valid @RequestBody Payment body) {
        return book.markPaid(id, body.paidOn(), Actor.current());
    }

    @PostMapping("/invoices/{id}/cancel")
    InvoiceView cancel(@PathVariable InvoiceId id) {
        return book.cancel(id, Actor.current());
    }

    @PostMapping("/invoices/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceView credit(@PathVariable InvoiceId id, @RequestBody(required = false) Credit body) {
        List<CreditRequest> lines = body == null || body.lines() == null ? List.of()
                : body.lines().stream().map(CreditedLine::request).toList();
        return book.creditNote(id, lines, body == null ? null : body.reason(), Actor.current());
    }

    /** R17: the job of the 10th for a month, run by the accountant (again: it issues what is still due). */
    @PostMapping("/billing-runs/vat-invoice-runs")
    @ResponseStatus(HttpStatus.CREATED)
    VatInvoiceRuns.Run vatInvoiceRun(@Valid @RequestBody VatInvoiceRunRequest body) {
        return vatInvoiceRuns.run(Period.parse(body.period()), false, Actor.current());
    }

    @GetMapping("/billing-runs/vat-invoice-runs")
    PageOf<VatInvoiceRuns.Run> vatInvoiceRuns(@RequestParam String period) {
        PeriodFilter filter = PeriodFilter.of(period);
        return PageOf.all(filter.period() == null ? List.of() : vatInvoiceRuns.runs(filter.period()));
    }

    /** VAT invoices for every proforma issued up to a day and still unpaid (R17: by the 10th of the next month). */
    @PostMapping("/billing-runs/vat-invoices")
    PageOf<InvoiceView> vatInvoices(@Valid @RequestBody VatRun body) {
        return PageOf.all(book.issueVatInvoicesForUnpaid(body.issuedUpTo(), Actor.current()));
    }
}
