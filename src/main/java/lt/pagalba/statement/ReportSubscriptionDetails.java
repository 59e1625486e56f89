package lt.pagalba.statement;

import lt.pagalba.client.ClientDetailsContributor;
import org.springframework.stereotype.Component;

/** A client's details carry its report subscription (R12), null when it has none. */
@Component
class ReportSubscriptionDetails implements ClientDetailsContributor {

    private final ReportSubscriptions subscriptions;

    ReportSubscriptionDetails(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String property() {
        return "reportSubscription";
    }

    @Override
    public Object detailsOf(String clientId) {
        return subscriptions.current(clientId).orElse(null);
    }
}
