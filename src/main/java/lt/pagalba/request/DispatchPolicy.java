package lt.pagalba.request;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Who leads a new request (R5, R6, R10), in this order: the consultant the client asked for, else
 * the client's permanent consultant, when on duty; else, for an urgent request, the on-duty
 * consultant with the fewest open requests; else nobody yet — the administrator decides.
 */
@Component
class DispatchPolicy {

    private final StaffDirectory staff;
    private final SupportRequests requests;

    DispatchPolicy(StaffDirectory staff, SupportRequests requests) {
        this.staff = staff;
        this.requests = requests;
    }

    /** The decision: the lead (if any), how the client's wish went (if they had one), and why. */
    record Decision(Optional<String> lead, RequestedConsultantOutcome requestedOutcome, Reason reason) {
    }

    enum Reason { REQUESTED, PERMANENT, LEAST_LOADED, NOBODY_ON_DUTY, ADMINISTRATOR_DECIDES }

    Decision decide(String requestedConsultant, String permanentConsultant, boolean urgent) {
        RequestedConsultantOutcome outcome = null;
        if (requestedConsultant != null && !requestedConsultant.isBlank()) {
            Optional<StaffMember> wished = findConsultant(requestedConsultant.trim());
            outcome = wished.map(m -> !m.active() ? RequestedConsultantOutcome.INACTIVE
                            : m.onDuty() ? RequestedConsultantOutcome.HONOURED : RequestedConsultantOutcome.NOT_ON_DUTY)
                    .orElse(RequestedConsultantOutcome.UNKNOWN);
            if (outcome == RequestedConsultantOutcome.HONOURED) {
                return new Decision(wished.map(StaffMember::username), outcome, Reason.REQUESTED);
            }
        }
        Optional<StaffMember> permanent = staff.find(permanentConsultant).filter(StaffMember::onDuty);
        if (permanent.isPresent()) {
            return new Decision(permanent.map(StaffMember::username), outcome, Reason.PERMANENT);
        }
        if (!urgent) {
            return new Decision(Optional.empty(), outcome, Reason.ADMINISTRATOR_DECIDES);
        }
        Optional<String> leastLoaded = leastLoadedOnDuty();
        return new Decision(leastLoaded, outcome, leastLoaded.isPresent() ? Reason.LEAST_LOADED : Reason.NOBODY_ON_DUTY);
    }

    /** A consultant named by username, or by full name as a client would say it. */
    private Optional<StaffMember> findConsultant(String name) {
        Optional<StaffMember> byUsername = staff.find(name).filter(m -> m.hasRole(Role.CONSULTANT));
        if (byUsername.isPresent()) {
            return byUsername;
        }
        List<StaffMember> byName = staff.all().stream().filter(m -> m.hasRole(Role.CONSULTANT))
                .filter(m -> m.fullName().equalsIgnoreCase(name) || (m.lastName() + " " + m.firstName()).equalsIgnoreCase(name))
                .toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private Optional<String> leastLoadedOnDuty() {
        List<String> onDuty = staff.all().stream().filter(StaffMember::onDuty).map(StaffMember::username).toList();
        Map<String, Long> load = requests.openLoad(onDuty);
        return load.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
