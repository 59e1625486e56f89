package lt.pagalba.web;

import java.util.Map;
import java.util.Optional;
import lt.pagalba.staff.StaffMember;

/**
 * Lets a module put a part on the dashboard (the feedback follow-ups) without the shell depending
 * on it. The template holds a fragment {@code section(model)}; an empty model hides the part from
 * this staff member.
 */
public interface DashboardSection {

    int order();

    String template();

    Optional<Map<String, Object>> model(StaffMember me);

    record View(String template, Map<String, Object> model) {
    }
}
