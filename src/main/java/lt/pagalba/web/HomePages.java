package lt.pagalba.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestFilter;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
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

    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.AWAITING_INFORMATION, RequestStatus.REGISTERED,
            RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS);

    private final StaffDirectory staff;
    private final RequestDesk desk;
    private final List<PageSection<Dashboard>> sections;

    HomePages(StaffDirectory staff, RequestDesk desk, List<PageSection<Dashboard>> sections) {
        this.staff = staff;
        this.desk = desk;
        this.sections = sections;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("lockedOut", error instanceof LockedException);
        return "web/login";
    }

    /**
     * The dashboard: urgent requests nobody has yet come first, then unassigned ones (for the
     * administrator), then the parts other modules add (feedback follow-ups), then the logged-in
     * consultant's own open requests.
     */
    @GetMapping("/")
    String home(Principal principal, Model model) {
        StaffMember me = staff.get(principal.getName());
        model.addAttribute("me", me);
        PageOf.Request first = PageOf.Request.of(0, 20);
        if (me.hasRole(Role.ADMINISTRATOR)) {
            model.addAttribute("urgentUnassigned", desk.search(new RequestFilter(null, OPEN, null, true, null, true,
                    null, null, null, false), first));
            model.addAttribute("unassigned", desk.search(new RequestFilter(null, OPEN, null, false, null, true,
                    null, null, null, false), first));
        }
        model.addAttribute("sections", PageSection.views(sections, new Dashboard(me)));
        model.addAttribute("mine", desk.search(new RequestFilter(null, OPEN, null, null, me.username(), false,
                null, null, null, true), first));
        return "web/home";
    }
}
