package lt.pagalba.feedback;

import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.Dashboard;
import org.springframework.stereotype.Component;

/** R16: problems raised in feedback come back to the administrator, on the dashboard, until done. */
@Component
class FollowUpSection implements PageSection<Dashboard> {

    private final Feedback feedback;
    private final ClientNames clientNames;

    FollowUpSection(Feedback feedback, ClientNames clientNames) {
        this.feedback = feedback;
        this.clientNames = clientNames;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "feedback/dashboard-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        if (!dashboard.viewer().hasRole(Role.ADMINISTRATOR)) {
            return Optional.empty();
        }
        var followUps = feedback.openFollowUps();
        return Optional.of(Map.of("followUps", followUps,
                "clientNames", clientNames.of(followUps.stream().map(FollowUp::rating).toList())));
    }
}
