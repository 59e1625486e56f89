package lt.pagalba.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clients and their contacts as other modules find them: by id, by what a caller says (a company
 * name or code, an e-mail address), or made on the spot when a caller names someone new.
 */
@Service
public class ClientDirectory {

    private final Clients clients;
    private final Contacts contacts;
    private final ClientSearch list;
    private final ClientRegistry registry;
    private final TransactionTemplate transactions;

    ClientDirectory(Clients clients, Contacts contacts, ClientSearch list, ClientRegistry registry,
                    TransactionTemplate transactions) {
        this.clients = clients;
        this.contacts = contacts;
        this.list = list;
        this.registry = registry;
        this.transactions = transactions;
    }

    public Client get(ClientId id) {
        return clients.get(id);
    }

    public Optional<Client> find(ClientId id) {
        return clients.find(id);
    }

    /** Clients known to exist, by id, in one round trip. */
    public Map<ClientId, Client> getAll(Collection<ClientId> ids) {
        return clients.findAll(ids).stream().collect(Collectors.toMap(Client::id, Function.identity()));
    }

    /** A client and its contact with this e-mail (if given and known), in one look-up: the request intake's usual case. */
    public Optional<ClientContact> findWithContact(ClientId id, EmailAddress email) {
        return clients.findWithContact(id, email);
    }

    /** A client with, maybe, one of its contacts. */
    public record ClientContact(Client client, Optional<Contact> contact) {
    }

    public PageOf<Client> search(String q, PageOf.Request page) {
        return list.search(q, page);
    }

    /**
     * The client a caller means by a company name or code: by company code when nine digits were
     * given, else by name ignoring case, accents, quotes, punctuation and the legal form
     * ({@code UAB „Bandymas“}, {@code Bandymas, UAB}).
     */
    public Optional<Client> match(String companyNameOrCode) {
        if (companyNameOrCode == null || companyNameOrCode.isBlank()) {
            return Optional.empty();
        }
        String typed = companyNameOrCode.trim();
        String digits = typed.replaceAll("\\s", "");
        if (CompanyCode.isValid(digits)) {
            Optional<Client> byCode = clients.findByCompanyCode(new CompanyCode(digits));
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return clients.findByNameKey(typed);
    }

    /** The client of this name, or a new one with just this name; two callers at once get the same one. */
    @Transactional
    public Client matchOrCreate(String companyName) {
        clients.lockName(companyName.trim());
        return match(companyName).orElseGet(() -> registry.create(ClientCommand.named(companyName)));
    }

    /** The client's contact with this id, if it (still) exists: the portal checks its session's contact on every page. */
    public Optional<Contact> findContact(ClientId clientId, ContactId contactId) {
        return contacts.find(clientId, contactId);
    }

    public List<Contact> contacts(ClientId id) {
        clients.get(id);
        return contacts.ofClient(id);
    }

    /**
     * Every contact, of any client, with this e-mail address (the mail intake's sender look-up), the
     * most recently added first. Usually one; the caller decides what several mean.
     */
    public List<Contact> contactsByEmail(EmailAddress email) {
        return contacts.byEmail(email);
    }

    /**
     * The client's contact with this e-mail, or a new contact made from the data given. An existing
     * contact is not changed: what a caller says is kept in the request's own snapshot. Finding one
     * (the usual case) needs no transaction; adding one locks the e-mail so two callers make one.
     */
    public Contact matchOrAddContact(ClientId id, ContactCommand given) {
        return contacts.byEmail(id, given.email()).orElseGet(() -> transactions.execute(status -> {
            clients.get(id);
            contacts.lockEmail(id, given.email());
            return contacts.byEmail(id, given.email()).orElseGet(() -> registry.addContact(id, given));
        }));
    }
}
