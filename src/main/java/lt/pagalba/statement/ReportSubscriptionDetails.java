package lt.pagalba.statement;

import lt.pagalba.client.Client;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.DetailsContributor;
import org.springframework.stereotype.Component;

/** A client's details carry its report subscription (R12), null when it has none. */
@Component
class ReportSubscriptionDetails implements DetailsContributor<Client> {

    private final ReportSubscriptions subscriptions;

    ReportSubscriptionDetails(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String property() {
        return "reportSubscription";
    }

    @Override
    public Object detailsOf(Client client) {
        return subscriptions.current(client.id()).orElse(null);
    }
}
