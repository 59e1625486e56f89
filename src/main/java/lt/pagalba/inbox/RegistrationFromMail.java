package lt.pagalba.inbox;

import java.util.List;
import java.util.Objects;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.shared.EmailAddress;
import org.springframework.stereotype.Component;

/**
 * The registration a new mail asks for: summary from the subject, description from the new text, the
 * company and person of a contact the client module knows by the sender's address, else what the
 * mail supplies ({@link SuppliedItems}). Only a known contact's mail may be urgent (R6).
 */
@Component
class RegistrationFromMail {

    private final ClientDirectory clients;

    RegistrationFromMail(ClientDirectory clients) {
        this.clients = clients;
    }

    /** A new request from the mail: a known contact's data fills in what R2 requires. */
    RequestRegistration of(ParsedMail mail) {
        RequestRegistration supplied = SuppliedItems.from(mail.text(), mail.fromName(), mail.fromAddress());
        RequestRegistration.Contact given = supplied.contact();
        String summary = MailSubjects.withoutReplyPrefix(mail.subject());
        if (summary.isEmpty()) {
            summary = supplied.summary();
        }
        List<Contact> known = EmailAddress.parse(mail.fromAddress()).map(clients::contactsByEmail).orElse(List.of());
        // one client knows the sender: that is the company; several: which one is the sender's to say
        boolean oneClient = !known.isEmpty() && known.stream().map(Contact::clientId).distinct().count() == 1;
        Contact contact = known.isEmpty() ? null : known.get(0);
        Client client = oneClient ? clients.get(contact.clientId()) : null;
        RequestRegistration.Contact person = contact == null ? given : new RequestRegistration.Contact(
                contact.firstName(), contact.lastName(), first(contact.position(), given.position()),
                first(Objects.toString(contact.phone(), null), given.phone()), contact.email().value());
        return new RequestRegistration(Channel.EMAIL, client != null ? client.name() : supplied.companyName(),
                client != null ? client.id().text() : null, person, summary, mail.text(), oneClient && mail.urgent(), null, null);
    }

    private static String first(String kept, String supplied) {
        return kept == null || kept.isBlank() ? supplied : kept;
    }
}
