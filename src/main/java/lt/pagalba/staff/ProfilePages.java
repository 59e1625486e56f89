package lt.pagalba.staff;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    ProfilePages(StaffDirectory staff, ApiTokens tokens) {
        this.staff = staff;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(Principal principal, Model model) {
        model.addAttribute("me", staff.get(principal.getName()));
        model.addAttribute("tokens", tokens.list(principal.getName()));
        return "staff/profile";
    }

    @PostMapping("/availability")
    String availability(Principal principal, @RequestParam boolean available) {
        staff.setAvailability(principal.getName(), available);
        return "redirect:/profile";
    }

    @PostMapping("/tokens")
    String createToken(Principal principal, @RequestParam String name, RedirectAttributes redirect) {
        if (name == null || name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("tokenError", true);
        } else {
            redirect.addFlashAttribute("newToken", tokens.create(principal.getName(), name));
        }
        return "redirect:/profile";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Principal principal, @PathVariable String id) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/profile";
    }


    @PostMapping("/password")
    String changePassword(Principal principal, @RequestParam String current, @RequestParam String next,
                          RedirectAttributes redirect) {
        if (!staff.passwordMatches(principal.getName(), current)) {
            redirect.addFlashAttribute("passwordError", "profile.password.wrong");
        } else if (next == null || next.length() < StaffForm.MIN_PASSWORD || next.length() > 128) {
            redirect.addFlashAttribute("passwordError", "profile.password.short");
        } else {
            staff.changePassword(principal.getName(), next);
            redirect.addFlashAttribute("passwordChanged", true);
        }
        return "redirect:/profile";
    }
}
