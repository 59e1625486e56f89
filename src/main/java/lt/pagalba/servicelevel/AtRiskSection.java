package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.Dashboard;
import org.springframework.stereotype.Component;

/**
 * The dashboard's first part: requests nearing or past a target with the working time left, for an
 * administrator all of them, for a consultant those they lead; hidden when there are none.
 */
@Component
class AtRiskSection implements PageSection<Dashboard> {

    private final RiskWatch watch;

    AtRiskSection(RiskWatch watch) {
        this.watch = watch;
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
        List<AtRisk> shown = watch.atRisk(OffsetDateTime.now(), everyone ? null : dashboard.viewer().username());
        return shown.isEmpty() ? Optional.empty() : Optional.of(Map.of("atRisk", shown));
    }
}
