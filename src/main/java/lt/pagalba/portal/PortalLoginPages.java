package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging in without a password: the address, the e-mailed link, the session; choosing the company
 * when the address is a contact of several; logging out here or everywhere.
 */
@Controller
@RequestMapping("/portal")
class PortalLoginPages {

    private final LoginLinks links;
    private final PortalSessions sessions;
    private final ClientDirectory clients;

    PortalLoginPages(LoginLinks links, PortalSessions sessions, ClientDirectory clients) {
        this.links = links;
        this.sessions = sessions;
        this.clients = clients;
    }

    /** The same page whatever the address: whether it is a contact's is never told. */
    @PostMapping("/login")
    String askForLink(@RequestParam(name = "email", required = false) String email, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        String typed = email == null ? "" : email.trim();
        if (Text.isBlank(typed) || !EmailAddress.isValid(typed)) {
            response.setStatus(422);
            model.addAttribute("email", typed); // shown again to correct; a valid one is not, so every answer is the same page
            model.addAttribute("emailError", Text.isBlank(typed) ? "portal.login.email.required" : "portal.login.email.invalid");
            return "portal/login";
        }
        if (!links.request(new EmailAddress(typed), request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("tooMany", true);
            return "portal/login";
        }
        model.addAttribute("sent", true);
        return "portal/login";
    }

    @GetMapping("/login/{token}")
    String followLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var email = links.redeem(token);
        List<Contact> contacts = email.map(e -> clients.contactsByEmail(new EmailAddress(e))).orElse(List.of());
        if (contacts.isEmpty()) {
            response.setStatus(404);
            return "portal/link-invalid";
        }
        PortalCookies.session(request).flatMap(sessions::find).ifPresent(old -> sessions.end(old.hash()));
        PortalCookies.set(request, response, sessions.open(email.get(), contacts.size() == 1 ? contacts.get(0) : null));
        return contacts.size() == 1 ? "redirect:/portal" : "redirect:/portal/company";
    }

    @GetMapping("/company")
    String companies(PortalUser user, Model model) {
        model.addAttribute("choices", clients.contactsByEmail(new EmailAddress(user.email())).stream()
                .map(c -> new Choice(c, clients.get(c.clientId()).name())).toList());
        return "portal/company";
    }

    record Choice(Contact contact, String clientName) {
    }

    @PostMapping("/company")
    String choose(PortalUser user, @RequestParam("contact") String contactId) {
        clients.contactsByEmail(new EmailAddress(user.email())).stream()
                .filter(c -> c.id().text().equals(contactId)).findFirst()
                .ifPresent(c -> sessions.choose(user.session().hash(), c));
        return "redirect:/portal";
    }

    @PostMapping("/logout")
    String logout(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        sessions.end(user.session().hash());
        PortalCookies.clear(request, response);
        return "redirect:/portal?loggedOut";
    }

    /** Ends this person's sessions on every browser (a lost phone). */
    @PostMapping("/logout-everywhere")
    String logoutEverywhere(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        sessions.endAll(user.email());
        PortalCookies.clear(request, response);
        return "redirect:/portal?loggedOut";
    }
}
