package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.ClientId;

/**
 * A request to register, checked and typed by {@link RequiredInformation}. The company is named by
 * the client's id or else by its name. One from an e-mail may lack R2 items: those are null here
 * and listed, as field names ({@code contact.phone}), in {@code missingItems}.
 */
public record NewRequest(Channel channel, ClientId clientId, String companyName, ContactSnapshot contact, String summary,
                         String description, boolean urgent, String requestedConsultant, OffsetDateTime receivedAt,
                         List<String> missingItems) {

    public NewRequest {
        missingItems = List.copyOf(missingItems);
    }

    /** The same request missing these items. */
    NewRequest missing(List<String> items) {
        return new NewRequest(channel, clientId, companyName, contact, summary, description, urgent, requestedConsultant,
                receivedAt, items);
    }

    public boolean isComplete() {
        return missingItems.isEmpty();
    }
}
