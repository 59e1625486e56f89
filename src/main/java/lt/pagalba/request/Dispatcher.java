package lt.pagalba.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.DispatchPolicy.OnDuty;
import lt.pagalba.request.DispatchPolicy.Situation;
import lt.pagalba.request.DispatchPolicy.Wish;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link DispatchPolicy} decides from — the staff list, who is on duty and, for an
 * urgent request, their open load — and asks only what the decision can use: a request with no wish,
 * no permanent consultant and no urgency (most of them) costs no query at all.
 */
@Component
class Dispatcher {

    private final StaffDirectory staff;
    private final RequestViews requests;

    Dispatcher(StaffDirectory staff, RequestViews requests) {
        this.staff = staff;
        this.requests = requests;
    }

    Decision decide(String requestedConsultant, String permanentConsultant, boolean urgent) {
        if (requestedConsultant == null && permanentConsultant == null && !urgent) {
            return DispatchPolicy.decide(new Situation(Optional.empty(), null, List.of(), false));
        }
        List<StaffMember> everyone = staff.all();
        List<StaffMember> onDuty = everyone.stream().filter(StaffMember::onDuty).toList();
        var load = urgent ? requests.openLoad(onDuty.stream().map(StaffMember::username).toList()) : Map.<String, Long>of();
        List<OnDuty> available = onDuty.stream()
                .map(m -> new OnDuty(m.username(), m.email().value(), load.getOrDefault(m.username(), 0L))).toList();
        Optional<Wish> wish = Optional.ofNullable(requestedConsultant).map(name -> wish(name, everyone));
        return DispatchPolicy.decide(new Situation(wish, permanentConsultant, available, urgent));
    }

    /** The consultant a client means: by username, or by full name as a client would say it (either order). */
    static Wish wish(String name, List<StaffMember> everyone) {
        List<StaffMember> consultants = everyone.stream().filter(m -> m.hasRole(Role.CONSULTANT)).toList();
        Optional<StaffMember> byUsername = consultants.stream().filter(m -> m.username().equals(name)).findFirst();
        List<StaffMember> byName = consultants.stream()
                .filter(m -> m.fullName().equalsIgnoreCase(name) || (m.lastName() + " " + m.firstName()).equalsIgnoreCase(name))
                .toList();
        Optional<StaffMember> meant = byUsername.or(() -> byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty());
        return meant.map(m -> new Wish(m.username(), m.active())).orElse(Wish.NOBODY);
    }
}
