package lt.pagalba.request;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.staff.Dashboard;

/** A list of requests on the dashboard (see {@link DashboardLists}): a title, and the first requests of a filter. */
final class RequestListSection implements PageSection<Dashboard> {

    private static final PageOf.Request FIRST = PageOf.Request.of(0, 20);

    private final int order;
    private final String id;
    private final String title;
    private final Function<Dashboard, Optional<RequestFilter>> filter;
    private final RequestViews requests;

    RequestListSection(int order, String id, String title, Function<Dashboard, Optional<RequestFilter>> filter,
                       RequestViews requests) {
        this.order = order;
        this.id = id;
        this.title = title;
        this.filter = filter;
        this.requests = requests;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String template() {
        return "request/dashboard";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        return filter.apply(dashboard).map(f -> Map.of("id", id, "title", title, "page", requests.search(f, FIRST)));
    }
}
