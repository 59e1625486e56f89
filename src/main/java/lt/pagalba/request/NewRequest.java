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
                         List<String> missingItems, Origin origin) {

    /**
     * Where the request came from, for the acknowledgement the client gets: the language to answer in
     * (null: the client's), the Message-ID of the e-mail that brought it, and whether that e-mail was
     * automatic (then nothing is answered).
     */
    public record Origin(String language, String messageId, boolean automatic) {

        /** Registered by staff or the web form: answered in the client's language, in no thread. */
        public static final Origin GIVEN = new Origin(null, null, false);

        Origin inLanguage(String chosen) {
            return new Origin(chosen, messageId, automatic);
        }
    }

    public NewRequest {
        missingItems = List.copyOf(missingItems);
        origin = origin == null ? Origin.GIVEN : origin;
    }

    /** A request given by staff or the web form. */
    public NewRequest(Channel channel, ClientId clientId, String companyName, ContactSnapshot contact, String summary,
                      String description, boolean urgent, String requestedConsultant, OffsetDateTime receivedAt,
                      List<String> missingItems) {
        this(channel, clientId, companyName, contact, summary, description, urgent, requestedConsultant, receivedAt,
                missingItems, Origin.GIVEN);
    }

    /** The same request missing these items. */
    NewRequest missing(List<String> items) {
        return new NewRequest(channel, clientId, companyName, contact, summary, description, urgent, requestedConsultant,
                receivedAt, items, origin);
    }

    /** The same request from this origin. */
    public NewRequest from(Origin from) {
        return new NewRequest(channel, clientId, companyName, contact, summary, description, urgent, requestedConsultant,
                receivedAt, missingItems, from);
    }

    public boolean isComplete() {
        return missingItems.isEmpty();
    }
}
