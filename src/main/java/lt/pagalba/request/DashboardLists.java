package lt.pagalba.request;

import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.Dashboard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The requests on the dashboard: for administrators, first the urgent open requests nobody leads
 * (R6), then the other unassigned ones; then the assigned ones nobody has contacted the client about yet;
 * for everyone, last, the open requests they work on, urgent
 * first, then the longest waiting. Other modules' parts (feedback follow-ups, order 10) come between.
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

    /**
     * Assigned requests whose client nobody has replied to or called yet, the longest waiting first, with
     * their age: all of them for administrators, a consultant's own for a consultant.
     */
    @Bean
    PageSection<Dashboard> notContactedRequests(RequestViews requests) {
        RequestFilter waiting = RequestFilter.any().withStatus(EnumSet.of(RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS))
                .withoutFirstContact().orderedBy(RequestFilter.Sort.OLDEST);
        return new RequestListSection(3, "not-contacted", "home.notContacted", dashboard -> Optional.of(
                dashboard.viewer().hasRole(Role.ADMINISTRATOR) ? waiting : waiting.workedOnBy(dashboard.viewer().username())),
                requests, true);
    }

    @Bean
    PageSection<Dashboard> myOpenRequests(RequestViews requests) {
        return new RequestListSection(100, "mine", "home.mine",
                dashboard -> Optional.of(RequestFilter.any().open().workedOnBy(dashboard.viewer().username())
                        .orderedBy(RequestFilter.Sort.OLDEST)), requests, true); // urgent first, then by age (issue 13 item 14)
    }

    private static Function<Dashboard, Optional<RequestFilter>> forAdministrators(RequestFilter filter) {
        return dashboard -> dashboard.viewer().hasRole(Role.ADMINISTRATOR) ? Optional.of(filter) : Optional.empty();
    }
}
