package lt.pagalba.request;

import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.client.ContactCommand;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's answer to a request whose client is not confirmed (the public form's): it is that
 * client's, or a new client's made from it, in one step. Only now, on the administrator's word, does the
 * sender become a contact of the client. All of it is one transaction: a refusal leaves no client or
 * contact behind.
 */
@Service
class ClientConfirmation {

    private final SupportRequests requests;
    private final RequestViews views;
    private final ClientDirectory clients;
    private final Dispatcher dispatcher;
    private final ApplicationEventPublisher events;

    ClientConfirmation(SupportRequests requests, RequestViews views, ClientDirectory clients, Dispatcher dispatcher,
                       ApplicationEventPublisher events) {
        this.requests = requests;
        this.views = views;
        this.clients = clients;
        this.dispatcher = dispatcher;
        this.events = events;
    }

    /** The request is this client's (the one its company text matched, as a rule). */
    @Transactional
    RequestView link(RequestId id, ClientId clientId, Actor actor) {
        Client client = clients.find(clientId).orElseThrow(() ->
                new InvalidInputException(FieldProblem.invalid("clientId", "request.clientId.unknown", clientId.text())));
        return confirm(id, client, actor);
    }

    /** The request is the client of this name or company code, found as the intake finds it. */
    @Transactional
    RequestView link(RequestId id, String nameOrCode, Actor actor) {
        if (Text.isBlank(nameOrCode)) {
            throw new InvalidInputException(FieldProblem.required("client"));
        }
        Client client = clients.match(nameOrCode).orElseThrow(() ->
                new InvalidInputException(FieldProblem.invalid("client", "request.confirm.noSuchClient", nameOrCode.trim())));
        return confirm(id, client, actor);
    }

    /** The request is a new client's, named as the administrator wrote it (the typed company, corrected). */
    @Transactional
    RequestView createClient(RequestId id, String name, Actor actor) {
        if (Text.isBlank(name)) {
            throw new InvalidInputException(FieldProblem.required("name"));
        }
        if (name.trim().length() > 200) {
            throw new InvalidInputException(FieldProblem.invalid("name", "Size.companyName", "name", 200));
        }
        return confirm(id, clients.matchOrCreate(name.trim()), actor);
    }

    private RequestView confirm(RequestId id, Client client, Actor actor) {
        SupportRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("request", id.text()));
        RequestView now = request.view();
        String typed = views.clientNotConfirmed(id).map(ClientNotConfirmed::companyAsTyped).orElse(null);
        ContactSnapshot given = now.contact();
        Contact contact = request.needsClient() ? clients.matchOrAddContact(client.id(), new ContactCommand(given.firstName(),
                given.lastName(), given.position(), given.phone(), given.email())) : null;
        request.confirmClient(new ClientRef(client.id(), client.name()), contact == null ? given : given.of(contact.id()), typed,
                dispatcher.decide(now.requestedConsultant(), client.permanentConsultant(), now.urgent()), actor);
        requests.save(request);
        request.history().events().forEach(events::publishEvent);
        return request.view();
    }
}
