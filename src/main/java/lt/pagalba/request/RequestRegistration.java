package lt.pagalba.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.time.OffsetDateTime;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;

/**
 * A request as the administrator, the web form, an integration or an e-mail gives it: text as typed.
 * R2 is written on it as constraints — the company, the contact's first name, surname, position,
 * phone and e-mail, and a short purpose — and {@link RequiredInformation} checks them and turns the
 * text into a {@link NewRequest}, once.
 */
public record RequestRegistration(
        @NotNull Channel channel,
        @NotBlank(groups = NamedByCompany.class) @Size(max = 200) String companyName,
        String clientId,
        @Valid Contact contact,
        @NotBlank @Size(max = 300) String summary,
        @Size(max = 20_000) String description,
        Boolean urgent,
        @Size(max = 100) String requestedConsultant,
        @NotInFuture OffsetDateTime receivedAt) implements Serializable {

    public RequestRegistration {
        contact = contact == null ? Contact.NONE : contact;
    }

    /** The contact person as given (named apart from the client's contacts in the OpenAPI document). */
    @Schema(name = "RegistrationContact")
    public record Contact(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 100) String position,
            @NotBlank @ValidPhone String phone,
            @NotBlank @ValidEmail String email) implements Serializable {

        static final Contact NONE = new Contact(null, null, null, null, null);
    }

    /** The company is named by the client's id or else by its name: only without an id must the name be there. */
    interface NamedByCompany {
    }

    /** The constraint groups this registration must meet. */
    Class<?>[] groups() {
        return Text.isBlank(clientId) ? new Class<?>[]{Default.class, NamedByCompany.class} : new Class<?>[]{Default.class};
    }

    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    /**
     * What a request waiting for information already says, as it would have been given; without a client,
     * its company is the text the sender typed (null when none).
     */
    static RequestRegistration of(RequestView request, String companyAsTyped) {
        ContactSnapshot c = request.contact();
        return new RequestRegistration(request.channel(), request.client() == null ? companyAsTyped : request.client().name(),
                request.client() == null ? null : request.client().id().text(),
                new Contact(c.firstName(), c.lastName(), c.position(), c.phone() == null ? null : c.phone().e164(),
                        c.email() == null ? null : c.email().value()),
                request.summary(), request.description(), request.urgent(), request.requestedConsultant(),
                request.receivedAt());
    }

    /** The same registration naming its company so (a correction's form keeps the request's client). */
    RequestRegistration withCompany(String company, String client) {
        return new RequestRegistration(channel, company, client, contact, summary, description, urgent, requestedConsultant,
                receivedAt);
    }

    /** This registration with its blanks filled from what was supplied later (a reply); what it has stays. */
    RequestRegistration filledFrom(RequestRegistration supplied) {
        Contact c = contact;
        Contact s = supplied.contact();
        boolean named = !Text.isBlank(clientId);
        return new RequestRegistration(channel, named ? companyName : first(companyName, supplied.companyName()),
                named ? clientId : first(clientId, supplied.clientId()),
                new Contact(first(c.firstName(), s.firstName()), first(c.lastName(), s.lastName()),
                        first(c.position(), s.position()), first(c.phone(), s.phone()), first(c.email(), s.email())),
                first(summary, supplied.summary()), description, urgent, requestedConsultant, receivedAt);
    }

    private static String first(String kept, String supplied) {
        return Text.isBlank(kept) ? supplied : kept;
    }
}
