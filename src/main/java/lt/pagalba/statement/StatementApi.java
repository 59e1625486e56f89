package lt.pagalba.statement;

import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
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

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')")
class StatementApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportSubscriptions subscriptions;
    private final StatementDesk statements;
    private final ClientDirectory clients;

    StatementApi(ReportSubscriptions subscriptions, StatementDesk statements, ClientDirectory clients) {
        this.subscriptions = subscriptions;
        this.statements = statements;
        this.clients = clients;
    }

    @PutMapping("/clients/{id}/report-subscription")
    ReportSubscription subscribe(@PathVariable String id, @RequestBody SubscriptionForm form) {
        return subscriptions.subscribe(id, form, Actor.current());
    }

    @GetMapping("/clients/{id}/report-subscription")
    ReportSubscription subscription(@PathVariable String id) {
        // an unknown client and a client without an opt-in are both 404 problem details, saying which
        return subscriptions.current(clients.get(ClientId.parse(id)).id().text())
                .orElseThrow(() -> new NotFoundException("report-subscription", id));
    }

    @GetMapping("/clients/{id}/report-subscription/history")
    PageOf<SubscriptionChange> history(@PathVariable String id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return PageOf.of(subscriptions.history(id), PageOf.Request.of(page, size));
    }

    /** The evidence of the opt-out may come as {@code {"evidence": "…"}}; the body is optional. */
    record OptOut(String evidence) {
    }

    @DeleteMapping("/clients/{id}/report-subscription")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable String id, @RequestBody(required = false) OptOut body) {
        subscriptions.cancel(id, body == null ? null : body.evidence(), Actor.current());
    }

    record FromEmail(String email, String messageId, String frequency) {
    }

    /** The opt-in an inbound e-mail carried, by its Message-ID. */
    @PostMapping("/clients/{id}/report-subscription/from-email")
    ReportSubscription fromEmail(@PathVariable String id, @RequestBody FromEmail body) {
        return subscriptions.recordFromEmail(id, body.email(), body.messageId(), body.frequency(), Actor.current());
    }

    record Generate(String from, String to, Boolean send) {
    }

    @PostMapping("/clients/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    Statement generate(@PathVariable String id, @RequestBody Generate body) {
        return statements.generate(id, body.from(), body.to(), Boolean.TRUE.equals(body.send()), Actor.current());
    }

    @GetMapping("/clients/{id}/statements")
    PageOf<Statement> list(@PathVariable String id, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return PageOf.of(statements.ofClient(id), PageOf.Request.of(page, size));
    }

    @GetMapping("/statements/{id}")
    Statement get(@PathVariable String id) {
        return statements.get(id);
    }

    @PostMapping("/statements/{id}/send")
    Statement send(@PathVariable String id) {
        return statements.send(id, Actor.current());
    }

    @GetMapping(value = "/statements/{id}/pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return download(statements, id, "pdf");
    }

    @GetMapping(value = "/statements/{id}/xlsx", produces = XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String id) {
        return download(statements, id, "xlsx");
    }

    @GetMapping(value = "/statements/{id}/csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        return download(statements, id, "csv");
    }

    /** A statement's file as a download; shared with the pages. */
    static ResponseEntity<byte[]> download(StatementDesk statements, String id, String format) {
        byte[] bytes = switch (format) {
            case "pdf" -> statements.pdf(id);
            case "xlsx" -> statements.xlsx(id);
            default -> statements.csv(id);
        };
        MediaType type = switch (format) {
            case "pdf" -> MediaType.APPLICATION_PDF;
            case "xlsx" -> MediaType.parseMediaType(XLSX);
            default -> MediaType.parseMediaType("text/csv;charset=UTF-8");
        };
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(statements.fileName(id, format)).build().toString())
                .body(bytes);
    }
}
