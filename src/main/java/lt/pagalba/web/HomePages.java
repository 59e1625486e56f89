package lt.pagalba.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import lt.pagalba.shared.PageSection;
import lt.pagalba.staff.Dashboard;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePages {

    private final StaffDirectory staff;
    private final List<PageSection<Dashboard>> sections;

    HomePages(StaffDirectory staff, List<PageSection<Dashboard>> sections) {
        this.staff = staff;
        this.sections = sections;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("lockedOut", error instanceof LockedException);
        return "web/login";
    }

    /**
     * The dashboard: the greeting and the viewer's duty badge; everything else on it is a part some
     * module adds for this viewer (requests waiting for a consultant, feedback follow-ups, their own
     * open requests), in the parts' order.
     */
    @GetMapping("/")
    String home(Principal principal, Model model) {
        StaffMember me = staff.get(principal.getName());
        model.addAttribute("me", me);
        model.addAttribute("sections", PageSection.views(sections, new Dashboard(me)));
        return "web/home";
    }
}
