package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;

/**
 * Requests for the rule tests: {@code aRequest().in(ASSIGNED).ledBy("jonas").build()} as stored, or
 * {@code aRequest().urgent().wishing("jonas").registeredWith(decision)} as just registered.
 */
final class RequestBuilder {

    static final ClientRef CLIENT = new ClientRef(ClientId.random(), "UAB Pavyzdys");
    static final ContactSnapshot ONA = new ContactSnapshot(ContactId.random(), "Ona", "Onaitė", "Buhalterė",
            new PhoneNumber("+37061234567"), new EmailAddress("ona@pavyzdys.lt"));

    private RequestStatus status = RequestStatus.REGISTERED;
    private boolean urgent;
    private String requestedConsultant;
    private final List<Assignment> group = new ArrayList<>();
    private List<String> missing = List.of();

    private RequestBuilder() {
    }

    static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    RequestBuilder in(RequestStatus status) {
        this.status = status;
        return this;
    }

    RequestBuilder ledBy(String consultant) {
        if (consultant != null) {
            group.add(0, new Assignment(consultant, AssignmentRole.LEAD, OffsetDateTime.now(Vilnius.ZONE).minusHours(2)));
        }
        return this;
    }

    RequestBuilder withMember(String consultant) {
        group.add(new Assignment(consultant, AssignmentRole.MEMBER, OffsetDateTime.now(Vilnius.ZONE).minusHours(1)));
        return this;
    }

    RequestBuilder urgent() {
        this.urgent = true;
        return this;
    }

    RequestBuilder wishing(String consultant) {
        this.requestedConsultant = consultant;
        return this;
    }

    /** Missing these R2 items (as an e-mail's request may be). */
    RequestBuilder missing(String... items) {
        this.missing = List.of(items);
        return this;
    }

    /** The request as read from the journal. */
    SupportRequest build() {
        return new SupportRequest(new RequestView(RequestId.random(), "2026-000001", status, OffsetDateTime.now(Vilnius.ZONE),
                Channel.PHONE, urgent, CLIENT, ONA, "Neatsidaro metinė ataskaita", "Aprašymas", requestedConsultant, null,
                null, missing, List.copyOf(group), null), "admin");
    }

    /** The request as the intake hands it over, with what dispatch decided (none while R2 items are missing). */
    SupportRequest registeredWith(Decision decision) {
        NewRequest request = new NewRequest(Channel.PHONE, CLIENT.id(), null, ONA, "Neatsidaro metinė ataskaita", "Aprašymas",
                urgent, requestedConsultant, OffsetDateTime.now(Vilnius.ZONE), missing);
        return SupportRequest.register(new PreparedRequest(RequestId.random(), request, CLIENT, ONA,
                Optional.ofNullable(decision), SupportRequestTests.ADMIN), "2026-000001");
    }
}
