package lt.pagalba.request;

import java.util.concurrent.atomic.AtomicReference;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request page's "merge into another request": the browser goes on to the survivor; a refusal stays here. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RequestMergePages {

    private final RequestMerges merges;
    private final MessageSource messages;

    RequestMergePages(RequestMerges merges, MessageSource messages) {
        this.merges = merges;
        this.messages = messages;
    }

    @PostMapping("/requests/{id}/merge")
    String merge(@PathVariable RequestId id, @RequestParam(required = false) String into,
                 @RequestParam(required = false) boolean confirmAcrossClients, RedirectAttributes redirect) {
        AtomicReference<RequestView> survivor = new AtomicReference<>();
        var refusal = FormErrors.refusal(messages, () -> survivor.set(merges.merge(id, into, confirmAcrossClients, Actor.current())));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("mergeError", refusal.get());
            return "redirect:/requests/" + id + "#merge";
        }
        return "redirect:/requests/" + survivor.get().id();
    }
}
