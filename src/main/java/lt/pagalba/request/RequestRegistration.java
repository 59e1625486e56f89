package lt.pagalba.request;

import java.time.OffsetDateTime;

/**
 * A request as the administrator, the web form or an integration gives it. Validation lives in
 * {@link RequiredInformation}, so that every missing or bad field is named at once.
 */
public record RequestRegistration(Channel channel, String companyName, String clientId, Contact contact, String summary,
                                  String description, Boolean urgent, String requestedConsultant,
                                  OffsetDateTime receivedAt) {

    /** The contact person as given. */
    public record Contact(String firstName, String lastName, String position, String phone, String email) {
    }

    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }
}
