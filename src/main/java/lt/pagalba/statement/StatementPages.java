package lt.pagalba.statement;

import java.util.Optional;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statement forms of the client page (subscription, opt-out, making and sending statements) and
 * the downloads. Each form comes back to the client page with what happened, or why not.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')")
class StatementPages {

    private final ReportSubscriptions subscriptions;
    private final StatementDesk statements;
    private final MessageSource messages;

    StatementPages(ReportSubscriptions subscriptions, StatementDesk statements, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.statements = statements;
        this.messages = messages;
    }

    @PostMapping("/clients/{id}/report-subscription")
    String subscribe(@PathVariable String id, SubscriptionForm form, RedirectAttributes redirect) {
        Optional<String> refusal = FormErrors.refusal(messages, () -> subscriptions.subscribe(id, form, Actor.current()));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("subscriptionForm", form);
        }
        return back(id, redirect, "subscription", refusal, "statement.subscription.saved");
    }

    @PostMapping("/clients/{id}/report-subscription/cancel")
    String cancel(@PathVariable String id, @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        return back(id, redirect, "subscription",
                FormErrors.refusal(messages, () -> subscriptions.cancel(id, evidence, Actor.current())),
                "statement.subscription.cancelled");
    }

    /**
     * One click from an inbound e-mail on the request timeline: the opt-in it carried, by its
     * Message-ID. Goes back to {@code returnTo} (a path of this site) or to the client page.
     */
    @PostMapping("/clients/{id}/report-subscription/from-email")
    String fromEmail(@PathVariable String id, @RequestParam(required = false) String messageId,
                     @RequestParam(required = false) String email, @RequestParam(required = false) String frequency,
                     @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        // every bad field at once, the frequency with the others (none chosen: on request)
        Optional<String> refusal = FormErrors.refusal(messages, () -> subscriptions.recordFromEmail(id, email, messageId,
                frequency == null || frequency.isBlank() ? null : frequency, Actor.current()));
        String back = back(id, redirect, "subscription", refusal, "statement.subscription.saved");
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return local ? "redirect:" + returnTo : back;
    }

    @PostMapping("/clients/{id}/statements")
    String generate(@PathVariable String id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean send,
                    RedirectAttributes redirect) {
        Statement[] made = new Statement[1];
        Optional<String> refusal = FormErrors.refusal(messages,
                () -> made[0] = statements.generate(id, from, to, send, Actor.current()));
        redirect.addFlashAttribute("statementFrom", from);
        redirect.addFlashAttribute("statementTo", to);
        if (made[0] != null) {
            redirect.addFlashAttribute("statementMade", made[0].id());
        }
        return back(id, redirect, "statement", refusal, made[0] != null && made[0].sentTo() != null
                ? text("statement.sentTo", made[0].sentTo()) : text("statement.madeNotice"));
    }

    @PostMapping("/statements/{id}/send")
    String send(@PathVariable String id, RedirectAttributes redirect) {
        Statement statement = statements.get(id);
        Statement[] sent = new Statement[1];
        Optional<String> refusal = FormErrors.refusal(messages, () -> sent[0] = statements.send(id, Actor.current()));
        return back(statement.clientId(), redirect, "statement", refusal,
                sent[0] == null ? "" : text("statement.sentTo", sent[0].sentTo()));
    }

    @GetMapping("/statements/{id}/{format:pdf|xlsx|csv}")
    @ResponseBody
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String format) {
        return StatementApi.download(statements, id, format);
    }

    private String back(String clientId, RedirectAttributes redirect, String form, Optional<String> refusal, String done) {
        if (refusal.isPresent()) {
            redirect.addFlashAttribute(form + "Error", refusal.get());
        } else {
            redirect.addFlashAttribute(form + "Notice", done.startsWith("statement.") ? text(done) : done);
        }
        return "redirect:/clients/" + clientId + "#statements";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
