package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.conversation.ClientConversation;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One of the company's requests: its status, the lead and its public conversation; what the
 * contact adds to it (R3), which joins it as their reply e-mail would; and their word on a resolved
 * one (solved, or not). Every request is found together with the session's client.
 */
@Controller
@RequestMapping("/portal/requests/{numberOrId}")
class PortalRequestPages {

    private final PortalRequestView view;
    private final RequestDesk desk;
    private final ClientConversation conversation;
    private final ClientDirectory clients;
    private final MessageSource messages;

    PortalRequestPages(PortalRequestView view, RequestDesk desk, ClientConversation conversation, ClientDirectory clients,
                       MessageSource messages) {
        this.view = view;
        this.desk = desk;
        this.conversation = conversation;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping
    String request(PortalUser user, @PathVariable String numberOrId, Model model) {
        return view.page(view.own(user, numberOrId), model);
    }

    /** Details and files from the contact; what is wrong is told beside its field, the text kept to correct. */
    @PostMapping("/details")
    String addDetails(PortalUser user, @PathVariable String numberOrId, @RequestParam(name = "text", required = false) String text,
                      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                      HttpServletResponse response) {
        RequestView request = view.own(user, numberOrId);
        Contact me = clients.findContact(user.clientId(), user.contactId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            conversation.add(request, me.email().value(), me.firstName() + " " + me.lastName(), text, uploads(files));
            return "redirect:/portal/requests/" + request.number() + "?added";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), text(p.messageKey(), p.arguments())));
        } catch (ConflictException e) {
            response.setStatus(409);
            errors.put("", text("portal.details.closed"));
        }
        model.addAttribute("detailsErrors", errors);
        model.addAttribute("detailsText", text);
        return view.page(request, model);
    }

    /** The contact's word on a resolved request: solved closes it, written on its timeline with them as the actor. */
    @PostMapping("/solved")
    String solved(PortalUser user, @PathVariable String numberOrId, Model model, HttpServletResponse response) {
        return decide(user, numberOrId, true, model, response);
    }

    /** Not solved after all: the request goes back in progress. */
    @PostMapping("/reopen")
    String reopen(PortalUser user, @PathVariable String numberOrId, Model model, HttpServletResponse response) {
        return decide(user, numberOrId, false, model, response);
    }

    private String decide(PortalUser user, String numberOrId, boolean solved, Model model, HttpServletResponse response) {
        RequestView request = view.own(user, numberOrId);
        try {
            desk.clientDecides(user.clientId(), request.id(), solved, user.actor());
        } catch (ConflictException e) {
            // another tab, or staff, moved it first: the page shows where it now stands
            response.setStatus(409);
            model.addAttribute("detailsErrors", Map.of("", text("portal.decision.notResolved")));
            return view.page(view.own(user, numberOrId), model);
        }
        return "redirect:/portal/requests/" + request.number() + (solved ? "?solved" : "?reopened");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The files as sent; a form with no file chosen sends an empty part without a name. */
    private static List<ConversationFiles.File> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f.getSize() > 0 || !Text.isBlank(f.getOriginalFilename()))
                .map(f -> {
                    try {
                        return new ConversationFiles.File(f.getOriginalFilename(), f.getContentType(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }
}
