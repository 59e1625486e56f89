package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.client.ContactCommand;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers requests (R1, R2, R4) and hands them on (R5, R6, R10), all in one transaction: the
 * request, its number, its client and contact, its lead and the events about it are kept or lost
 * together.
 */
@Service
public class RequestIntake {

    private final SupportRequests requests;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final DispatchPolicy dispatch;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Registrar registrar;

    RequestIntake(SupportRequests requests, ClientDirectory clients, StaffDirectory staff, DispatchPolicy dispatch,
                  ApplicationEventPublisher events, JsonMapper json, Registrar registrar) {
        this.registrar = registrar;
        this.requests = requests;
        this.clients = clients;
        this.staff = staff;
        this.dispatch = dispatch;
        this.events = events;
        this.json = json;
    }

    /**
     * Registers a complete request; anything missing or malformed is refused, every field named at
     * once (R2). The client and contact are found or made first, then the {@link Registrar} writes
     * the request with its number, lead and events in one transaction with others arriving at the
     * same moment.
     */
    public RequestView register(RequestRegistration registration, Actor actor) {
        List<FieldProblem> problems = RequiredInformation.problems(registration, true);
        Optional<ClientDirectory.ClientContact> byId = Optional.empty();
        if (!RequiredInformation.blank(registration.clientId())) {
            byId = TypedId.tryParse(ClientId.class, registration.clientId()).flatMap(id -> clients.findWithContact(id,
                    registration.contact() == null ? null : EmailAddress.parse(registration.contact().email()).orElse(null)));
            if (byId.isEmpty()) {
                problems.add(FieldProblem.invalid("clientId", "request.clientId.unknown", registration.clientId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Client client = byId.map(ClientDirectory.ClientContact::client)
                .orElseGet(() -> clients.matchOrCreate(registration.companyName()));
        Contact known = byId.flatMap(ClientDirectory.ClientContact::contact).orElse(null);
        return registrar.register(prepare(withoutMalformed(registration), client, known, List.of(), actor));
    }

    /**
     * Registers what arrived even though R2 items are missing (an e-mail from an unknown sender):
     * the request waits in {@code AWAITING_INFORMATION} with the list of what is missing. Values
     * that are there but malformed are dropped and counted as missing, so nothing is refused. With
     * nothing missing the request is registered complete and dispatched (urgent ones too), as by
     * {@link #register}. It is written in the caller's transaction, so the mail intake keeps the
     * message and its request together.
     */
    @Transactional
    public RequestView registerIncomplete(RequestRegistration registration, Actor actor) {
        RequestRegistration usable = withoutMalformed(registration);
        List<String> missing = RequiredInformation.missing(usable);
        Client client = RequiredInformation.blank(usable.clientId())
                ? (RequiredInformation.blank(usable.companyName()) ? null : clients.matchOrCreate(usable.companyName()))
                : TypedId.tryParse(ClientId.class, usable.clientId()).flatMap(clients::find).orElse(null);
        if (client == null && !missing.contains("companyName")) {
            missing.add(0, "companyName");
        }
        return registrar.registerNow(prepare(usable, client, null, missing, actor));
    }

    private PreparedRequest prepare(RequestRegistration r, Client client, Contact known, List<String> missing, Actor actor) {
        Contact contact = known != null ? known : client == null || !canBeContact(r.contact()) ? null
                : clients.matchOrAddContact(client.id(), toContactForm(r.contact()));
        boolean complete = missing.isEmpty();
        DispatchPolicy.Decision decision = complete
                ? dispatch.decide(r.requestedConsultant(), client.permanentConsultant(), r.isUrgent())
                : null;
        String lead = decision == null ? null : decision.lead().orElse(null);
        RequestStatus status = !complete ? RequestStatus.AWAITING_INFORMATION
                : lead != null ? RequestStatus.ASSIGNED : RequestStatus.REGISTERED;
        return new PreparedRequest(UUID.randomUUID(), r.receivedAt() != null ? r.receivedAt() : OffsetDateTime.now(Vilnius.ZONE),
                r.channel(), client == null ? null : client.id().value(), client == null ? null : client.name(),
                contact == null ? null : contact.id().value(), snapshot(r.contact(), contact), trim(r.summary()),
                trim(r.description()), r.isUrgent(), trim(r.requestedConsultant()),
                decision == null ? null : decision.requestedOutcome(), status, missing, actor.name(), lead,
                lead == null ? null : staff.get(lead).email().value(), decision == null ? null : decision.reason());
    }

    /** Completes a request waiting for information with what a reply supplied; with nothing missing it goes on. */
    @Transactional
    public RequestView complete(String requestId, RequestRegistration supplied, Actor actor) {
        RequestView current = requests.findForUpdate(parse(requestId))
                .orElseThrow(() -> new lt.pagalba.shared.NotFoundException("request", requestId));
        if (current.status() != RequestStatus.AWAITING_INFORMATION) {
            return current;
        }
        RequestRegistration merged = withoutMalformed(merge(current, supplied));
        List<String> missing = RequiredInformation.missing(merged);
        Client client = current.client() != null ? clients.get(ClientId.parse(current.client().id()))
                : RequiredInformation.blank(merged.companyName()) ? null : clients.matchOrCreate(merged.companyName());
        if (client == null && !missing.contains("companyName")) {
            missing.add(0, "companyName");
        }
        Contact contact = client == null || !canBeContact(merged.contact()) ? null
                : clients.matchOrAddContact(client.id(), toContactForm(merged.contact()));
        UUID id = UUID.fromString(current.id());
        requests.completeInformation(id, client == null ? null : client.id().value(),
                contact == null ? null : contact.id().value(), snapshot(merged.contact(), contact),
                trim(merged.summary()), missing);
        requests.event(id, actor.name(), "INFORMATION_SUPPLIED", json.writeValueAsString(Map.of("missing", missing)));
        if (missing.isEmpty()) {
            requests.setStatus(id, RequestStatus.REGISTERED);
            requests.event(id, actor.name(), "STATUS_CHANGED", json.writeValueAsString(Map.of(
                    "from", RequestStatus.AWAITING_INFORMATION.name(), "to", RequestStatus.REGISTERED.name())));
            DispatchPolicy.Decision decision = dispatch.decide(current.requestedConsultant(), client.permanentConsultant(),
                    current.urgent());
            applyDecision(id, current.number(), client, merged, decision, actor);
        }
        return requests.find(id).orElseThrow();
    }

    private void applyDecision(UUID id, String number, Client client, RequestRegistration r,
                               DispatchPolicy.Decision decision, Actor actor) {
        String lead = decision.lead().orElse(null);
        if (decision.requestedOutcome() != null) {
            requests.recordRequestedOutcome(id, decision.requestedOutcome());
        }
        if (lead != null) {
            requests.assign(id, lead, AssignmentRole.LEAD, actor.name());
            requests.setStatus(id, RequestStatus.ASSIGNED);
        }
        DispatchRecord dispatched = new DispatchRecord(id, number, actor.name(), trim(r.requestedConsultant()),
                decision.requestedOutcome(), lead, lead == null ? null : staff.get(lead).email().value(), decision.reason(),
                r.isUrgent(), client.name(), trim(r.summary()));
        requests.eventAll(dispatched.timeline(json));
        dispatched.events().forEach(events::publishEvent);
    }

    private static RequestRegistration merge(RequestView current, RequestRegistration supplied) {
        ContactSnapshot c = current.contact();
        RequestRegistration.Contact s = supplied.contact() == null
                ? new RequestRegistration.Contact(null, null, null, null, null) : supplied.contact();
        return new RequestRegistration(current.channel(), current.client() != null ? current.client().name()
                : supplied.companyName(), current.client() != null ? current.client().id() : supplied.clientId(),
                new RequestRegistration.Contact(first(c.firstName(), s.firstName()), first(c.lastName(), s.lastName()),
                        first(c.position(), s.position()), first(c.phone(), s.phone()), first(c.email(), s.email())),
                first(current.summary(), supplied.summary()), current.description(), current.urgent(),
                current.requestedConsultant(), current.receivedAt());
    }

    private static String first(String kept, String supplied) {
        return RequiredInformation.blank(kept) ? supplied : kept;
    }

    /** Drops values that are present but malformed, so an e-mail's typo becomes a missing item, not an error. */
    private static RequestRegistration withoutMalformed(RequestRegistration r) {
        RequestRegistration.Contact c = r.contact();
        RequestRegistration.Contact cleaned = c == null ? null : new RequestRegistration.Contact(
                cut(c.firstName(), RequiredInformation.MAX_NAME), cut(c.lastName(), RequiredInformation.MAX_NAME),
                cut(c.position(), RequiredInformation.MAX_NAME),
                PhoneNumber.parse(c.phone()).map(PhoneNumber::e164).orElse(null),
                lt.pagalba.shared.EmailAddress.isValid(c.email()) ? c.email().trim() : null);
        return new RequestRegistration(r.channel(), cut(r.companyName(), RequiredInformation.MAX_COMPANY), r.clientId(),
                cleaned, cut(r.summary(), RequiredInformation.MAX_SUMMARY), cut(r.description(), RequiredInformation.MAX_DESCRIPTION),
                r.urgent(), cut(r.requestedConsultant(), RequiredInformation.MAX_NAME), r.receivedAt());
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean canBeContact(RequestRegistration.Contact c) {
        return c != null && !RequiredInformation.blank(c.firstName()) && !RequiredInformation.blank(c.lastName())
                && lt.pagalba.shared.EmailAddress.isValid(c.email());
    }

    /** From a contact already cleaned by {@link #withoutMalformed}: its phone is E.164 or null. */
    private static ContactCommand toContactForm(RequestRegistration.Contact c) {
        return new ContactCommand(c.firstName(), c.lastName(), c.position(), PhoneNumber.parse(c.phone()).orElse(null),
                new EmailAddress(c.email()));
    }

    private static ContactSnapshot snapshot(RequestRegistration.Contact given, Contact matched) {
        if (given == null) {
            return new ContactSnapshot(matched == null ? null : matched.id().text(), null, null, null, null, null);
        }
        return new ContactSnapshot(matched == null ? null : matched.id().text(), trim(given.firstName()), trim(given.lastName()),
                trim(given.position()), trim(given.phone()), trim(given.email()));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static UUID parse(String id) {
        return lt.pagalba.shared.Ids.parse(id).orElseThrow(() -> new lt.pagalba.shared.NotFoundException("request", id));
    }

}
