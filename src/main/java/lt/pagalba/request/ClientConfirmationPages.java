package lt.pagalba.request;

import java.util.function.Supplier;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request page's "client not confirmed" box: link the request to a client, or make one from it. */
@Controller
@RequestMapping("/requests/{id}/client")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ClientConfirmationPages {

    private final ClientConfirmation confirmation;
    private final MessageSource messages;

    ClientConfirmationPages(ClientConfirmation confirmation, MessageSource messages) {
        this.confirmation = confirmation;
        this.messages = messages;
    }

    /** The suggested client by its id, or any client by the name or code the administrator typed. */
    @PostMapping
    String link(@PathVariable RequestId id, @RequestParam(required = false) ClientId clientId,
                @RequestParam(required = false) String client, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> clientId != null ? confirmation.link(id, clientId, Actor.current())
                : confirmation.link(id, client, Actor.current()));
    }

    @PostMapping("/new")
    String create(@PathVariable RequestId id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> confirmation.createClient(id, name, Actor.current()));
    }

    private String attempt(RequestId id, RedirectAttributes redirect, Supplier<RequestView> action) {
        FormErrors.refusal(messages, action::get).ifPresent(message -> redirect.addFlashAttribute("actionError", message));
        return "redirect:/requests/" + id;
    }
}
