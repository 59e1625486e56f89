package lt.pagalba.request;

import java.util.Optional;
import java.util.function.Function;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.Dashboard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The requests on the dashboard: for administrators, first the urgent open requests nobody leads
 * (R6), then the other unassigned ones; for everyone, last, the open requests they work on, urgent
 * first. Other modules' parts (feedback follow-ups, order 10) come between.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLists {

    @Bean
    PageSection<Dashboard> urgentUnassignedRequests(RequestViews requests) {
        return new RequestListSection(1, "urgent-unassigned", "home.urgentUnassigned",
                forAdministrators(RequestFilter.any().open().withUrgent(true).withoutLead()), requests);
    }

    @Bean
    PageSection<Dashboard> unassignedRequests(RequestViews requests) {
        return new RequestListSection(2, "unassigned", "home.unassigned",
                forAdministrators(RequestFilter.any().open().withUrgent(false).withoutLead()), requests);
    }

    @Bean
    PageSection<Dashboard> myOpenRequests(RequestViews requests) {
        return new RequestListSection(100, "mine", "home.mine",
                dashboard -> Optional.of(RequestFilter.any().open().workedOnBy(dashboard.viewer().username())), requests);
    }

    private static Function<Dashboard, Optional<RequestFilter>> forAdministrators(RequestFilter filter) {
        return dashboard -> dashboard.viewer().hasRole(Role.ADMINISTRATOR) ? Optional.of(filter) : Optional.empty();
    }
}
