package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.Dashboard;

/**
 * A list of requests on the dashboard (see {@link DashboardLists}): a title, and the first requests of a
 * filter; with {@code ages}, how long ago each was received.
 */
final class RequestListSection implements PageSection<Dashboard> {

    private static final PageOf.Request FIRST = PageOf.Request.of(0, 20);

    private final int order;
    private final String id;
    private final String title;
    private final Function<Dashboard, Optional<RequestFilter>> filter;
    private final RequestViews requests;
    private final boolean ages;

    RequestListSection(int order, String id, String title, Function<Dashboard, Optional<RequestFilter>> filter,
                       RequestViews requests) {
        this(order, id, title, filter, requests, false);
    }

    RequestListSection(int order, String id, String title, Function<Dashboard, Optional<RequestFilter>> filter,
                       RequestViews requests, boolean ages) {
        this.ages = ages;
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
        return filter.apply(dashboard).map(f -> {
            PageOf<RequestView> page = requests.search(f, FIRST);
            Map<String, Object> model = new HashMap<>(Map.of("id", id, "title", title, "page", page,
                    "seeAll", new JournalQuery(f, 0).atPage(0)));
            if (ages) {
                OffsetDateTime now = OffsetDateTime.now(Vilnius.ZONE);
                Map<String, RequestAge> byRequest = new HashMap<>();
                page.items().forEach(r -> byRequest.put(r.id().text(), RequestAge.between(r.receivedAt(), now)));
                model.put("ages", byRequest);
            }
            return model;
        });
    }
}
