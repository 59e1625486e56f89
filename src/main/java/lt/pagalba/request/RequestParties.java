package lt.pagalba.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.client.ContactCommand;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Who a request is from (R4): the client and the contact person, found or made through the client
 * module. A contact that exists is not changed: what the requester says is kept in the request's
 * own snapshot.
 */
@Component
class RequestParties {

    /**
     * The client (null while an e-mail has not named it, or while the public form's is not confirmed), the
     * contact as given and matched, what is still missing, and the client the company text seemed to mean.
     */
    record Parties(Client client, ContactSnapshot contact, List<String> missing, Client suggested) {

        Parties(Client client, ContactSnapshot contact, List<String> missing) {
            this(client, contact, missing, null);
        }

        ClientRef clientRef() {
            return ref(client);
        }

        ClientRef suggestedRef() {
            return ref(suggested);
        }

        private static ClientRef ref(Client client) {
            return client == null ? null : new ClientRef(client.id(), client.name());
        }
    }

    private final ClientDirectory clients;

    RequestParties(ClientDirectory clients) {
        this.clients = clients;
    }

    /**
     * The parties of a complete request: the client by its id, found with its contact of that e-mail
     * in one go (the usual case), or else by its name, made when new; the contact added when new.
     */
    Parties ofComplete(NewRequest r) {
        if (r.clientId() == null) {
            Client client = clients.matchOrCreate(r.companyName());
            return new Parties(client, matched(client, r.contact()), List.of());
        }
        var found = clients.findWithContact(r.clientId(), r.contact().email())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("clientId", "request.clientId.unknown",
                        r.clientId().text())));
        ContactSnapshot contact = found.contact().map(known -> r.contact().of(known.id()))
                .orElseGet(() -> matched(found.client(), r.contact()));
        return new Parties(found.client(), contact, List.of());
    }

    /**
     * The parties of a request from the public form, where anyone may type anything: the company text is
     * matched as the intake matches it (company code, else name), but the match is only the sender's
     * claim. Only when the sender is already a contact of that client is the request that client's;
     * otherwise it has no client (not confirmed) and the match is a suggestion for the administrator.
     * Nothing is made or added: no client, no contact.
     */
    Parties ofPublicForm(NewRequest r) {
        Optional<Client> claimed = clients.match(r.companyName());
        Optional<Contact> known = claimed.flatMap(c -> clients.findWithContact(c.id(), r.contact().email()))
                .flatMap(ClientDirectory.ClientContact::contact);
        if (known.isPresent()) {
            return new Parties(claimed.get(), r.contact().of(known.get().id()), List.of());
        }
        return new Parties(null, r.contact(), List.of(), claimed.orElse(null));
    }

    /**
     * The parties of a request completed on the public form, where the number and the e-mail address are
     * all the sender proves: the client it already has, or else the company text taken as on the public
     * form ({@link #ofPublicForm}); the contact matched only when already known. Nothing is made or added.
     */
    Parties onTheSendersWord(NewRequest r, ClientRef known) {
        Client client = known == null ? null : clients.find(known.id()).orElse(null);
        if (client == null && r.companyName() != null) {
            Parties claimed = ofPublicForm(r);
            return new Parties(claimed.client(), claimed.contact(), r.missingItems(), claimed.suggested());
        }
        Optional<Contact> existing = client == null ? Optional.empty()
                : clients.findWithContact(client.id(), r.contact().email()).flatMap(ClientDirectory.ClientContact::contact);
        return new Parties(client, existing.map(k -> r.contact().of(k.id())).orElse(r.contact()), r.missingItems());
    }

    /**
     * The parties of a request from an e-mail, as far as it names them: the client it already has or
     * the one named, and the contact when the person is named with an e-mail address. An unknown
     * client is a missing company.
     */
    Parties asFarAsNamed(NewRequest r, ClientRef known) {
        ClientId id = known != null ? known.id() : r.clientId();
        Client client = id != null ? clients.find(id).orElse(null)
                : r.companyName() == null ? null : clients.matchOrCreate(r.companyName());
        List<String> missing = new ArrayList<>(r.missingItems());
        if (client == null && !missing.contains("companyName")) {
            missing.add(0, "companyName");
        }
        ContactSnapshot c = r.contact();
        boolean person = c.firstName() != null && c.lastName() != null && c.email() != null;
        return new Parties(client, client != null && person ? matched(client, c) : c, missing);
    }

    private ContactSnapshot matched(Client client, ContactSnapshot given) {
        Contact contact = clients.matchOrAddContact(client.id(), new ContactCommand(given.firstName(), given.lastName(),
                given.position(), given.phone(), given.email()));
        return given.of(contact.id());
    }
}
