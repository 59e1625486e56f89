package lt.pagalba.mail;

import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox for the administrator: what waits, what left, what failed and why; a mail can be sent again. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OutboxPages {

    /** The states a mail can be in, for the filter. */
    enum Status { QUEUED, SENT, FAILED, WITHDRAWN }

    private final Outbox outbox;
    private final OutboxWorker worker;
    private final MessageSource messages;

    OutboxPages(Outbox outbox, OutboxWorker worker, MessageSource messages) {
        this.outbox = outbox;
        this.worker = worker;
        this.messages = messages;
    }

    @GetMapping("/outbox")
    String list(@RequestParam(required = false) Status status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", outbox.list(status == null ? null : status.name(), PageOf.Request.of(page, null)));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("mailOn", worker.mailOn());
        return "mail/outbox";
    }

    @GetMapping("/outbox/{id}")
    String show(@PathVariable OutboxMessageId id, Model model) {
        model.addAttribute("mail", outbox.get(id));
        model.addAttribute("hasHtml", outbox.hasHtml(id));
        model.addAttribute("attachments", outbox.attachmentNames(id));
        model.addAttribute("mailOn", worker.mailOn());
        return "mail/outbox-message";
    }

    @PostMapping("/outbox/{id}/resend")
    String resend(@PathVariable OutboxMessageId id, RedirectAttributes redirect) {
        FormErrors.refusal(messages, () -> outbox.resend(id)).ifPresentOrElse(
                message -> redirect.addFlashAttribute("actionError", message),
                () -> redirect.addFlashAttribute("resent", true));
        return "redirect:/outbox/" + id;
    }
}
