package lt.pagalba.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Clients and their contacts: registration, changes (audited), search. */
@Service
public class ClientDirectory {

    private final Clients clients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ClientDirectory(Clients clients, StaffDirectory staff, AuditTrail audit, TransactionTemplate transactions) {
        this.clients = clients;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Transactional
    public Client create(ClientForm form) {
        Client client = toClient(null, form);
        requireUniqueCompanyCode(client.companyCode(), null);
        UUID id = UUID.randomUUID();
        clients.insert(id, client);
        Client created = get(id.toString());
        audit.record("CLIENT", id, null, "CREATED", null, created);
        return created;
    }

    @Transactional
    public Client update(String clientId, ClientForm form) {
        Client before = get(clientId);
        Client changed = toClient(before, form);
        requireUniqueCompanyCode(changed.companyCode(), before.id());
        clients.update(UUID.fromString(before.id()), changed);
        Client after = get(clientId);
        audit.record("CLIENT", before.id(), null, "UPDATED", before, after);
        return after;
    }

    public Client get(String clientId) {
        return find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }

    /** Clients known to exist, by id, in one round trip. */
    public Map<String, Client> getAll(Collection<String> clientIds) {
        Map<String, Client> found = new HashMap<>();
        clients.findAll(clientIds.stream().map(UUID::fromString).toList()).forEach(c -> found.put(c.id(), c));
        return found;
    }

    public Optional<Client> find(String clientId) {
        return Ids.parse(clientId).flatMap(clients::find);
    }

    /** A client and its contact with this e-mail, found together (the request intake's usual case). */
    public Optional<ClientContact> findWithContact(String clientId, String email) {
        return Ids.parse(clientId).flatMap(id -> clients.findWithContact(id, email))
                .map(e -> new ClientContact(e.getKey(), e.getValue()));
    }

    /** A client with, maybe, one of its contacts. */
    public record ClientContact(Client client, Optional<Contact> contact) {
    }

    public Optional<Client> findByCompanyCode(String companyCode) {
        return clients.findByCompanyCode(companyCode);
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
        if (lt.pagalba.shared.CompanyCode.isValid(digits)) {
            Optional<Client> byCode = clients.findByCompanyCode(digits);
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
        return match(companyName).orElseGet(() -> create(new ClientForm(companyName.trim(), null, null, null, null, null,
                null, null, null, null)));
    }

    /**
     * The client's contact with this e-mail, or a new contact made from the data given. An existing
     * contact is not changed: what a caller says is kept in the request's own snapshot. Finding one
     * (the usual case) needs no transaction; adding one locks the e-mail so two callers make one.
     */
    public Contact matchOrAddContact(String clientId, ContactForm given) {
        String email = given.email().trim();
        return contactByEmail(clientId, email).orElseGet(() -> transactions.execute(status -> {
            clients.lockContactEmail(UUID.fromString(get(clientId).id()), email);
            return contactByEmail(clientId, email).orElseGet(() -> addContact(clientId, given));
        }));
    }

    public PageOf<Client> search(String q, PageOf.Request page) {
        return clients.search(q, page);
    }

    /** The form that edits this client, filled with its current values. */
    public ClientForm formOf(String clientId) {
        return ClientForm.of(get(clientId));
    }

    // contacts

    public List<Contact> contacts(String clientId) {
        return clients.contacts(UUID.fromString(get(clientId).id()));
    }

    public Contact contact(String clientId, String contactId) {
        UUID client = UUID.fromString(get(clientId).id());
        return Ids.parse(contactId).flatMap(id -> clients.contact(client, id))
                .orElseThrow(() -> new NotFoundException("contact", contactId));
    }

    public Optional<Contact> contactByEmail(String clientId, String email) {
        return Ids.parse(clientId).flatMap(id -> clients.contactByEmail(id, email));
    }

    /**
     * Every contact, of any client, with this e-mail address (the mail intake's sender look-up), the
     * most recently added first. Usually one; the caller decides what several mean.
     */
    public List<Contact> contactsByEmail(String email) {
        return email == null || email.isBlank() ? List.of() : clients.contactsByEmail(email.trim());
    }

    @Transactional
    public Contact addContact(String clientId, ContactForm form) {
        UUID client = UUID.fromString(get(clientId).id());
        Contact contact = toContact(null, clientId, form);
        if (clients.contactByEmail(client, contact.email()).isPresent()) {
            throw new ConflictException("contact.emailTaken", contact.email());
        }
        UUID id = UUID.randomUUID();
        clients.insertContact(id, client, contact);
        Contact created = contact(clientId, id.toString());
        audit.record("CONTACT", id, client, "CREATED", null, created);
        return created;
    }

    @Transactional
    public Contact updateContact(String clientId, String contactId, ContactForm form) {
        Contact before = contact(clientId, contactId);
        Contact changed = toContact(before.id(), clientId, form);
        clients.contactByEmail(UUID.fromString(before.clientId()), changed.email())
                .filter(other -> !other.id().equals(before.id()))
                .ifPresent(other -> {
                    throw new ConflictException("contact.emailTaken", changed.email());
                });
        clients.updateContact(UUID.fromString(before.id()), changed);
        Contact after = contact(clientId, contactId);
        audit.record("CONTACT", before.id(), before.clientId(), "UPDATED", before, after);
        return after;
    }

    public ContactForm contactFormOf(String clientId, String contactId) {
        return ContactForm.of(contact(clientId, contactId));
    }

    private Client toClient(Client current, ClientForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String consultant = Text.blankToNull(form.permanentConsultant());
        if (consultant != null && staff.find(consultant).filter(m -> m.hasRole(Role.CONSULTANT)).isEmpty()) {
            problems.add(FieldProblem.invalid("permanentConsultant", "client.permanentConsultant.unknown", consultant));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClientForm.Billing b = form.billing();
        BillingSettings billing = new BillingSettings(
                b == null || b.period() == null ? PeriodLength.MONTH : b.period(),
                b == null ? null : Money.parseRate(b.hourlyRate()),
                b == null ? null : Money.parseRate(b.additionalWorkRate()),
                b == null || b.incrementMinutes() == null ? BillingSettings.DEFAULT_INCREMENT : b.incrementMinutes(),
                b == null || b.minimumMinutes() == null ? BillingSettings.DEFAULT_MINIMUM : b.minimumMinutes());
        return new Client(current == null ? null : current.id(), form.name().trim(), Text.blankToNull(form.companyCode()),
                Text.blankToNull(form.vatCode()), Text.blankToNull(form.address()), Text.blankToNull(form.email()),
                PhoneNumber.normalise(form.phone()), billing, consultant,
                form.language() == null ? "lt" : form.language(),
                form.paymentTermDays() == null ? ClientForm.DEFAULT_PAYMENT_TERM_DAYS : form.paymentTermDays(),
                current == null ? null : current.createdAt());
    }

    private static Contact toContact(String id, String clientId, ContactForm form) {
        return new Contact(id, clientId, form.firstName().trim(), form.lastName().trim(), Text.blankToNull(form.position()),
                PhoneNumber.normalise(form.phone()), form.email().trim());
    }

    private void requireUniqueCompanyCode(String companyCode, String exceptId) {
        if (companyCode == null) {
            return;
        }
        clients.findByCompanyCode(companyCode).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw new ConflictException("client.companyCodeTaken", companyCode, other.name());
        });
    }


}
