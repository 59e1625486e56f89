package lt.pagalba.statement;

import jakarta.validation.Valid;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.StatementId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Statements and report subscriptions over the API (API.md, R12); the bodies are checked before anything is done. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')")
class StatementApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportSubscriptions subscriptions;
    private final StatementDesk statements;
    private final StatementFiles files;
    private final ClientDirectory clients;

    StatementApi(ReportSubscriptions subscriptions, StatementDesk statements, StatementFiles files, ClientDirectory clients) {
        this.subscriptions = subscriptions;
        this.statements = statements;
        this.files = files;
        this.clients = clients;
    }

    @PutMapping("/clients/{id}/report-subscription")
    ReportSubscription subscribe(@PathVariable ClientId id, @Valid @RequestBody SubscriptionForm form) {
        return subscriptions.subscribe(id, form.subscription(), Actor.current());
    }

    @GetMapping("/clients/{id}/report-subscription")
    ReportSubscription subscription(@PathVariable ClientId id) {
        // an unknown client and a client without an opt-in are both 404 problem details, saying which
        clients.get(id);
        return subscriptions.current(id).orElseThrow(() -> new NotFoundException("report-subscription", id));
    }

    @GetMapping("/clients/{id}/report-subscription/history")
    PageOf<SubscriptionChange> history(@PathVariable ClientId id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return PageOf.of(subscriptions.history(id), PageOf.Request.of(page, size));
    }

    /** The evidence of the opt-out may come as {@code {"evidence": "…"}}; the body is optional. */
    @DeleteMapping("/clients/{id}/report-subscription")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable ClientId id, @Valid @RequestBody(required = false) OptOut body) {
        subscriptions.cancel(id, (body == null ? OptOut.NONE : body).text(), Actor.current());
    }

    /** The opt-in an inbound e-mail carried, by its Message-ID. */
    @PostMapping("/clients/{id}/report-subscription/from-email")
    ReportSubscription fromEmail(@PathVariable ClientId id, @Valid @RequestBody OptInEmail body) {
        return subscriptions.recordFromEmail(id, body.optIn(), Actor.current());
    }

    @PostMapping("/clients/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    Statement generate(@PathVariable ClientId id, @Valid @RequestBody StatementForm body) {
        return statements.generate(id, body.period(), body.sending(), Actor.current());
    }

    @GetMapping("/clients/{id}/statements")
    PageOf<Statement> list(@PathVariable ClientId id, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return PageOf.of(statements.ofClient(id), PageOf.Request.of(page, size));
    }

    @GetMapping("/statements/{id}")
    Statement get(@PathVariable StatementId id) {
        return statements.get(id);
    }

    @PostMapping("/statements/{id}/send")
    Statement send(@PathVariable StatementId id) {
        return statements.send(id);
    }

    @GetMapping(value = "/statements/{id}/pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable StatementId id) {
        return download(files, id, "pdf");
    }

    @GetMapping(value = "/statements/{id}/xlsx", produces = XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable StatementId id) {
        return download(files, id, "xlsx");
    }

    @GetMapping(value = "/statements/{id}/csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv(@PathVariable StatementId id) {
        return download(files, id, "csv");
    }

    /** A statement's file as a download; shared with the pages. */
    static ResponseEntity<byte[]> download(StatementFiles files, StatementId id, String format) {
        byte[] bytes = switch (format) {
            case "pdf" -> files.pdf(id);
            case "xlsx" -> files.xlsx(id);
            default -> files.csv(id);
        };
        MediaType type = switch (format) {
            case "pdf" -> MediaType.APPLICATION_PDF;
            case "xlsx" -> MediaType.parseMediaType(XLSX);
            default -> MediaType.parseMediaType("text/csv;charset=UTF-8");
        };
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(files.fileName(id, format)).build().toString())
                .body(bytes);
    }
}
