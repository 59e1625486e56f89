package lt.pagalba.client;

import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.VatCode;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes clients and contacts, audited. The input is already checked and typed; what
 * is checked here needs the stored state: a permanent consultant who is one, a company code, a VAT
 * code and a contact's e-mail that no one else has.
 */
@Service
class ClientRegistry {

    private final Clients clients;
    private final Contacts contacts;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    ClientRegistry(Clients clients, Contacts contacts, StaffDirectory staff, AuditTrail audit) {
        this.clients = clients;
        this.contacts = contacts;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    Client create(ClientCommand command) {
        check(command, null);
        ClientId id = ClientId.random();
        clients.insert(id, command);
        Client created = clients.get(id);
        audit.record("CLIENT", id, null, "CREATED", null, created);
        return created;
    }

    @Transactional
    Client update(ClientId id, ClientCommand command) {
        Client before = clients.get(id);
        check(command, id);
        clients.update(id, command);
        Client after = clients.get(id);
        audit.record("CLIENT", id, null, "UPDATED", before, after);
        return after;
    }

    @Transactional
    Contact addContact(ClientId clientId, ContactCommand command) {
        clients.get(clientId);
        if (contacts.byEmail(clientId, command.email()).isPresent()) {
            throw new ConflictException("contact.emailTaken", command.email());
        }
        ContactId id = ContactId.random();
        contacts.insert(id, clientId, command);
        Contact created = contacts.get(clientId, id);
        audit.record("CONTACT", id, clientId, "CREATED", null, created);
        return created;
    }

    @Transactional
    Contact updateContact(ClientId clientId, ContactId contactId, ContactCommand command) {
        Contact before = contacts.get(clientId, contactId);
        contacts.byEmail(clientId, command.email()).filter(other -> !other.id().equals(contactId)).ifPresent(other -> {
            throw new ConflictException("contact.emailTaken", command.email());
        });
        contacts.update(contactId, command);
        Contact after = contacts.get(clientId, contactId);
        audit.record("CONTACT", contactId, clientId, "UPDATED", before, after);
        return after;
    }

    private void check(ClientCommand command, ClientId self) {
        String consultant = command.permanentConsultant();
        if (consultant != null && staff.find(consultant).filter(m -> m.hasRole(Role.CONSULTANT)).isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("permanentConsultant",
                    "client.permanentConsultant.unknown", consultant));
        }
        CompanyCode code = command.companyCode();
        if (code != null) {
            clients.findByCompanyCode(code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
                throw new ConflictException("client.companyCodeTaken", code, other.name());
            });
        }
        VatCode vatCode = command.vatCode();
        if (vatCode != null) {
            clients.findByVatCode(vatCode).filter(other -> !other.id().equals(self)).ifPresent(other -> {
                throw new ConflictException("client.vatCodeTaken", vatCode, other.name());
            });
        }
    }
}
