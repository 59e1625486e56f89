package lt.pagalba.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.client.Client;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import org.springframework.stereotype.Component;

/**
 * The client page's requests: every open one, the longest waiting first, then the latest closed
 * ones, and how many the client has in all (the open and the closed ones together are all of them,
 * so no third count is needed).
 */
@Component
class ClientRequestsSection implements PageSection<Client> {

    /** Open requests are work to do, so all of a normal client's show; beyond this the journal lists them. */
    private static final PageOf.Request OPEN = PageOf.Request.of(0, 25);
    private static final PageOf.Request LATEST_CLOSED = PageOf.Request.of(0, 5);
    private static final Set<RequestStatus> CLOSED = EnumSet.of(RequestStatus.RESOLVED, RequestStatus.CLOSED);

    private final RequestViews requests;

    ClientRequestsSection(RequestViews requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public String template() {
        return "request/client-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Client client) {
        RequestFilter ofClient = RequestFilter.any().forClient(client.id());
        PageOf<RequestView> open = requests.search(ofClient.open().orderedBy(RequestFilter.Sort.OLDEST), OPEN);
        PageOf<RequestView> closed = requests.search(ofClient.withStatus(CLOSED), LATEST_CLOSED);
        return Optional.of(Map.of("client", client, "open", open, "closed", closed,
                "total", open.total() + closed.total()));
    }
}
