package lt.pagalba.statement;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.StatementId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statement forms of the client page (subscription, opt-out, making and sending statements) and
 * the downloads. Each form comes back to the client page with what happened, or why not: the first
 * bad field in the form's order, or the refusal.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')")
class StatementPages {

    private final ReportSubscriptions subscriptions;
    private final StatementDesk statements;
    private final StatementFiles files;
    private final MessageSource messages;

    StatementPages(ReportSubscriptions subscriptions, StatementDesk statements, StatementFiles files,
                   MessageSource messages) {
        this.subscriptions = subscriptions;
        this.statements = statements;
        this.files = files;
        this.messages = messages;
    }

    @PostMapping("/clients/{id}/report-subscription")
    String subscribe(@PathVariable ClientId id, @Valid SubscriptionForm form, BindingResult result,
                     RedirectAttributes redirect) {
        Optional<String> refusal = firstError(result, "email", "requestedAt", "frequency", "evidence")
                .or(() -> FormErrors.refusal(messages, () -> subscriptions.subscribe(id, form.subscription(), Actor.current())));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("subscriptionForm", form);
        }
        return back(id, redirect, "subscription", refusal, text("statement.subscription.saved"));
    }

    @PostMapping("/clients/{id}/report-subscription/cancel")
    String cancel(@PathVariable ClientId id, @Valid OptOut form, BindingResult result, RedirectAttributes redirect) {
        return back(id, redirect, "subscription", firstError(result, "evidence")
                        .or(() -> FormErrors.refusal(messages, () -> subscriptions.cancel(id, form.text(), Actor.current()))),
                text("statement.subscription.cancelled"));
    }

    /**
     * One click from an inbound e-mail on the request timeline: the opt-in it carried, by its
     * Message-ID. Goes back to {@code returnTo} (a path of this site) or to the client page.
     */
    @PostMapping("/clients/{id}/report-subscription/from-email")
    String fromEmail(@PathVariable ClientId id, @Valid OptInEmail form, BindingResult result,
                     @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        Optional<String> refusal = firstError(result, "email", "messageId", "frequency")
                .or(() -> FormErrors.refusal(messages, () -> subscriptions.recordFromEmail(id, form.optIn(), Actor.current())));
        String back = back(id, redirect, "subscription", refusal, text("statement.subscription.saved"));
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return local ? "redirect:" + returnTo : back;
    }

    @PostMapping("/clients/{id}/statements")
    String generate(@PathVariable ClientId id, @Valid StatementForm form, BindingResult result,
                    RedirectAttributes redirect) {
        AtomicReference<Statement> made = new AtomicReference<>();
        Optional<String> refusal = firstError(result, "from", "to").or(() -> FormErrors.refusal(messages,
                () -> made.set(statements.generate(id, form.period(), form.sending(), Actor.current()))));
        redirect.addFlashAttribute("statementFrom", form.from());
        redirect.addFlashAttribute("statementTo", form.to());
        return back(id, redirect, "statement", refusal, made.get() != null && made.get().sentTo() != null
                ? text("statement.sentTo", made.get().sentTo()) : text("statement.madeNotice"));
    }

    @PostMapping("/statements/{id}/send")
    String send(@PathVariable StatementId id, RedirectAttributes redirect) {
        Statement statement = statements.get(id);
        AtomicReference<Statement> sent = new AtomicReference<>();
        Optional<String> refusal = FormErrors.refusal(messages, () -> sent.set(statements.send(id)));
        return back(statement.clientId(), redirect, "statement", refusal,
                sent.get() == null ? "" : text("statement.sentTo", sent.get().sentTo()));
    }

    @GetMapping("/statements/{id}/{format:pdf|xlsx|csv}")
    @ResponseBody
    ResponseEntity<byte[]> download(@PathVariable StatementId id, @PathVariable String format) {
        return StatementApi.download(files, id, format);
    }

    /** The message of the first field (in the form's order) that has an error. */
    private Optional<String> firstError(BindingResult result, String... fields) {
        for (String field : fields) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                return Optional.of(messages.getMessage(error, LocaleContextHolder.getLocale()));
            }
        }
        return Optional.ofNullable(result.getFieldError()).map(e -> messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    private String back(ClientId clientId, RedirectAttributes redirect, String form, Optional<String> refusal, String done) {
        if (refusal.isPresent()) {
            redirect.addFlashAttribute(form + "Error", refusal.get());
        } else {
            redirect.addFlashAttribute(form + "Notice", done);
        }
        return "redirect:/clients/" + clientId + "#statements";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
