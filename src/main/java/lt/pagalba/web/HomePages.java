package lt.pagalba.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePages {

    private final StaffDirectory staff;

    HomePages(StaffDirectory staff) {
        this.staff = staff;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("lockedOut", error instanceof LockedException);
        return "web/login";
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("me", staff.get(principal.getName()));
        return "web/home";
    }
}
