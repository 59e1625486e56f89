package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.Dashboard;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The dashboard's first part: requests nearing or past a target with the working time left, for an
 * administrator all of them, for a consultant those they lead; hidden when there are none.
 */
@Component
class AtRiskSection implements PageSection<Dashboard> {

    private final RiskWatch watch;
    private final StaffDirectory staff;

    AtRiskSection(RiskWatch watch, StaffDirectory staff) {
        this.watch = watch;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String template() {
        return "servicelevel/dashboard-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        boolean everyone = dashboard.viewer().hasRole(Role.ADMINISTRATOR);
        if (!everyone && !dashboard.viewer().hasRole(Role.CONSULTANT)) {
            return Optional.empty();
        }
        String viewer = dashboard.viewer().username();
        List<AtRisk> shown = watch.atRisk(OffsetDateTime.now()).stream()
                .filter(r -> everyone || viewer.equals(r.lead())).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = staff.all().stream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName, (a, b) -> a));
        return Optional.of(Map.of("atRisk", shown, "names", names));
    }
}
