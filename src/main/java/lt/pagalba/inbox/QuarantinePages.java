package lt.pagalba.inbox;

import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail quarantine: messages the intake could not read or process, with the reason; the
 * administrator downloads the raw message or retries it (after a fix) and sees what came of it.
 */
@Controller
@RequestMapping("/mail/quarantine")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class QuarantinePages {

    private final InboundMessages inbound;
    private final MailIntake intake;

    QuarantinePages(InboundMessages inbound, MailIntake intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("messages", inbound.quarantined());
        return "inbox/quarantine";
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable InboundMessageId id) {
        byte[] raw = inbound.raw(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType("message/rfc822")).body(raw);
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable InboundMessageId id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", intake.retry(id));
        return "redirect:/mail/quarantine";
    }
}
