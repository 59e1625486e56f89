package lt.pagalba.journal;

import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.Dashboard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The consultant's home shows the time they have logged today (corrections counted), with the way to the timesheet. */
@Component
class TodaysTime implements PageSection<Dashboard> {

    private final JdbcClient jdbc;

    TodaysTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "journal/dashboard-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        if (!dashboard.viewer().hasRole(Role.CONSULTANT)) {
            return Optional.empty();
        }
        Map<String, Object> today = jdbc.sql("""
                SELECT coalesce(sum(minutes), 0) AS minutes, count(*) FILTER (WHERE minutes > 0) AS entries FROM work_entry
                 WHERE consultant = :me AND work_date = :today AND deleted_at IS NULL
                """).param("me", dashboard.viewer().username()).param("today", Vilnius.today()).query().singleRow();
        return Optional.of(Map.of("minutes", ((Number) today.get("minutes")).intValue(), "entries", today.get("entries")));
    }
}
