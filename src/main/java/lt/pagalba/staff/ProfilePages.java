package lt.pagalba.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import lt.pagalba.shared.ApiTokenId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own page: on duty or not, password, personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfilePages {

    private final StaffDirectory staff;
    private final ApiTokens tokens;
    private final NotificationPreferences notifications;

    ProfilePages(StaffDirectory staff, ApiTokens tokens, NotificationPreferences notifications) {
        this.staff = staff;
        this.tokens = tokens;
        this.notifications = notifications;
    }

    /** A new password as the profile page gives it; the current one is checked against the stored hash. */
    record PasswordChange(String current, @NotNull @Size(min = StaffForm.MIN_PASSWORD, max = 128) String next) {
    }

    @GetMapping
    String profile(Principal principal, Model model) {
        model.addAttribute("me", staff.get(principal.getName()));
        model.addAttribute("tokens", tokens.list(principal.getName()));
        model.addAttribute("notifications", notifications.of(principal.getName()));
        model.addAttribute("notificationKinds", NotificationSettings.Kind.values());
        return "staff/profile";
    }

    /** "My settings": which notices come by e-mail, and in which language. */
    @PostMapping("/notifications")
    String notifications(Principal principal, @ModelAttribute NotificationForm form, RedirectAttributes redirect) {
        notifications.update(principal.getName(), form.settings());
        redirect.addFlashAttribute("notificationsSaved", true);
        return "redirect:/profile#notifications";
    }

    @PostMapping("/availability")
    String availability(Principal principal, @RequestParam boolean available) {
        staff.setAvailability(principal.getName(), available);
        return "redirect:/profile";
    }

    @PostMapping("/tokens")
    String createToken(Principal principal, @Valid @ModelAttribute TokenForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("tokenError", true);
        } else {
            redirect.addFlashAttribute("newToken", tokens.create(principal.getName(), form.name()));
        }
        return "redirect:/profile";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Principal principal, @PathVariable ApiTokenId id) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(Principal principal, @Valid @ModelAttribute PasswordChange change, BindingResult result,
                          RedirectAttributes redirect) {
        if (!staff.passwordMatches(principal.getName(), change.current())) {
            redirect.addFlashAttribute("passwordError", "profile.password.wrong");
        } else if (result.hasErrors()) {
            redirect.addFlashAttribute("passwordError", "profile.password.short");
        } else {
            staff.changePassword(principal.getName(), change.next());
            redirect.addFlashAttribute("passwordChanged", true);
        }
        return "redirect:/profile";
    }
}
