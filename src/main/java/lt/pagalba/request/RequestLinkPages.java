package lt.pagalba.request;

import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request page's related requests: link one by its number, or unlink it. */
@Controller
@RequestMapping("/requests/{id}/links")
class RequestLinkPages {

    private final RequestLinks links;
    private final MessageSource messages;

    RequestLinkPages(RequestLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @PostMapping
    String link(@PathVariable RequestId id, @RequestParam(required = false) String request, RedirectAttributes redirect) {
        FormErrors.refusal(messages, () -> links.link(id, request, Actor.current()))
                .ifPresent(message -> redirect.addFlashAttribute("linkError", message));
        return "redirect:/requests/" + id + "#links";
    }

    @PostMapping("/{otherId}/delete")
    String unlink(@PathVariable RequestId id, @PathVariable RequestId otherId) {
        links.unlink(id, otherId, Actor.current());
        return "redirect:/requests/" + id + "#links";
    }
}
