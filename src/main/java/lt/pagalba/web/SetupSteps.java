package lt.pagalba.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.SetupCheck;
import lt.pagalba.shared.SetupCheck.SetupStep;
import lt.pagalba.staff.Dashboard;
import org.springframework.stereotype.Component;

/**
 * The setup steps the modules say are still to be taken: all of them first on the administrator's home
 * (with where to take them), and those that matter on every page (the seller's placeholder details) as a
 * warning in the layout, asked of their checks once, at start-up.
 */
@Component("setup")
class SetupSteps implements PageSection<Dashboard> {

    private final List<SetupCheck> checks;
    private final List<SetupStep> everyPage;

    SetupSteps(List<SetupCheck> checks) {
        this.checks = checks;
        this.everyPage = checks.stream().filter(SetupCheck::onEveryPage).flatMap(c -> c.pending().stream()).toList();
    }

    /** The warnings of every page (for the administrator). */
    public List<SetupStep> everyPage() {
        return everyPage;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String template() {
        return "web/setup";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        if (!dashboard.viewer().hasRole(Role.ADMINISTRATOR)) {
            return Optional.empty();
        }
        List<SetupStep> pending = checks.stream().flatMap(c -> c.pending().stream()).toList();
        return pending.isEmpty() ? Optional.empty() : Optional.of(Map.of("steps", pending));
    }
}
