package lt.pagalba.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.ContactCommand;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.JsonMergePatch;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrects a registered request (issue 13 item 6): the registration's fields as a merge patch on the
 * request as it stands, checked as a registration is (R2), then changed by the {@link SupportRequest}
 * itself, each changed field audited and on the timeline. One transaction with the row locked.
 */
@Service
class RequestCorrections {

    /** The registration fields a correction may name. */
    static final Set<String> FIELDS = Set.of("summary", "description", "contact", "clientId", "urgent", "channel");

    private final SupportRequests requests;
    private final RequiredInformation required;
    private final ClientDirectory clients;
    private final Dispatcher dispatcher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    RequestCorrections(SupportRequests requests, RequiredInformation required, ClientDirectory clients, Dispatcher dispatcher,
                       AuditTrail audit, ApplicationEventPublisher events, JsonMapper json) {
        this.requests = requests;
        this.required = required;
        this.clients = clients;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @Transactional
    RequestView correct(RequestId id, JsonNode patch, Actor actor) {
        onlyRegistrationFields(patch);
        SupportRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("request", id.text()));
        request.mayCorrect(Set.of(), actor); // closed, waiting or not the caller's to correct: before reading the patch
        RequestView now = request.view();
        RequestRegistration current = RequestRegistration.of(now, requests.companyAsTyped(id).orElse(null));
        NewRequest typed = required.complete(JsonMergePatch.apply(json, current, patch, RequestRegistration.class));
        Correction to = correction(now, typed);
        ClientRef client = to.client();
        List<Correction.Change> changes = request.correct(to, () -> dispatcher.decide(now.requestedConsultant(),
                client == null ? null : clients.find(client.id()).map(Client::permanentConsultant).orElse(null), true), actor);
        requests.save(request);
        if (!changes.isEmpty()) {
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            changes.forEach(c -> {
                before.put(c.field(), c.from());
                after.put(c.field(), c.to());
            });
            audit.record("REQUEST", id.text(), id.text(), "CORRECTION", before, after);
        }
        if (now.client() != null && client != null && !now.client().id().equals(client.id())) {
            events.publishEvent(new RequestEvents.RequestClientCorrected(id, now.number(), now.client().id(), client.id()));
        }
        request.history().events().forEach(events::publishEvent);
        return request.view();
    }

    private static void onlyRegistrationFields(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(FieldProblem.invalid("", "validation.patch.object"));
        }
        List<FieldProblem> unknown = patch.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .map(name -> FieldProblem.invalid(name, "request.correct.notCorrectable", name)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    /**
     * The checked fields as the request keeps them: a client named by id must exist, and the contact of a
     * confirmed client is matched with (or added to) its contacts as the intake does.
     */
    private Correction correction(RequestView now, NewRequest typed) {
        ClientRef client = now.client();
        if (typed.clientId() != null && (client == null || !typed.clientId().equals(client.id()))) {
            Client named = clients.find(typed.clientId()).orElseThrow(() -> new InvalidInputException(
                    FieldProblem.invalid("clientId", "request.clientId.unknown", typed.clientId().text())));
            client = new ClientRef(named.id(), named.name());
        }
        ContactSnapshot given = typed.contact();
        ContactSnapshot contact = given.of(now.contact().id());
        boolean sameContact = given.equals(now.contact().of(null)) && client != null && client.equals(now.client());
        if (client != null && !sameContact) {
            contact = given.of(clients.matchOrAddContact(client.id(), new ContactCommand(given.firstName(), given.lastName(),
                    given.position(), given.phone(), given.email())).id());
        }
        return new Correction(typed.channel(), client, contact, typed.summary(), typed.description(), typed.urgent());
    }
}
