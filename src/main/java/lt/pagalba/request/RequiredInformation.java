package lt.pagalba.request;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * R2 at the edge: checks a {@link RequestRegistration} by its constraints and turns it into a typed
 * {@link NewRequest}. The phone, the web form and the API refuse what is missing or malformed, every
 * field named at once; an e-mail is taken as far as it goes, its gaps and typos listed as missing.
 */
@Component
public class RequiredInformation {

    /** R2's items, in the order a requester is told of them. */
    static final List<String> ITEMS = List.of("companyName", "contact.firstName", "contact.lastName",
            "contact.position", "contact.phone", "contact.email", "summary");

    private final Validator validator;
    private final SpringValidatorAdapter forms;

    RequiredInformation(Validator validator) {
        this.validator = validator;
        this.forms = new SpringValidatorAdapter(validator);
    }

    /** A complete registration; anything missing or malformed is refused (422), every field named at once. */
    public NewRequest complete(RequestRegistration registration) {
        Set<ConstraintViolation<RequestRegistration>> violations = validator.validate(registration, registration.groups());
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (namesNoClient(registration)) {
            throw new InvalidInputException(FieldProblem.invalid("clientId", "request.clientId.unknown", registration.clientId()));
        }
        return typed(registration, List.of());
    }

    /** The same for a page's form: what is wrong is told beside its field, and there is no request. */
    public Optional<NewRequest> complete(RequestRegistration registration, Errors errors) {
        forms.validate(registration, errors, (Object[]) registration.groups());
        if (namesNoClient(registration)) {
            errors.rejectValue("clientId", "request.clientId.unknown", new Object[]{registration.clientId()}, null);
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(typed(registration, List.of()));
    }

    /**
     * What an e-mail gives, as far as it goes: overlong text is cut to size, a value that breaks a
     * rule (a phone number with a typo) is dropped, and every R2 item not there is listed as missing.
     * Nothing is refused.
     */
    public NewRequest asGiven(RequestRegistration given) {
        RequestRegistration registration = namesNoClient(given) ? withoutClientId(given) : given;
        Map<String, String> revised = new HashMap<>();
        for (ConstraintViolation<RequestRegistration> v : validator.validate(registration, registration.groups())) {
            String field = v.getPropertyPath().toString();
            revised.put(field, v.getConstraintDescriptor().getAnnotation() instanceof Size size
                    && v.getInvalidValue() instanceof String text ? text.substring(0, size.max()) : null);
        }
        List<String> missing = ITEMS.stream().filter(item -> revised.containsKey(item) && revised.get(item) == null).toList();
        return typed(revised(registration, revised), missing);
    }

    private static boolean namesNoClient(RequestRegistration registration) {
        return !Text.isBlank(registration.clientId())
                && TypedId.tryParse(ClientId.class, registration.clientId()).isEmpty();
    }

    /** The checked text as values: an absent or dropped part is null. */
    private static NewRequest typed(RequestRegistration r, List<String> missing) {
        RequestRegistration.Contact c = r.contact();
        ContactSnapshot contact = new ContactSnapshot(null, Text.blankToNull(c.firstName()), Text.blankToNull(c.lastName()),
                Text.blankToNull(c.position()), PhoneNumber.parse(c.phone()).orElse(null),
                EmailAddress.isValid(c.email()) ? new EmailAddress(c.email()) : null);
        return new NewRequest(r.channel(), TypedId.tryParse(ClientId.class, r.clientId()).orElse(null),
                Text.blankToNull(r.companyName()), contact, Text.blankToNull(r.summary()), Text.blankToNull(r.description()),
                r.isUrgent(), Text.blankToNull(r.requestedConsultant()),
                // to the microsecond, as PostgreSQL keeps it: the 201 answer says what a later read says
                (r.receivedAt() != null ? r.receivedAt() : OffsetDateTime.now(Vilnius.ZONE)).truncatedTo(ChronoUnit.MICROS), missing);
    }

    /** The registration with the values of some fields replaced (cut to size) or dropped (null). */
    private static RequestRegistration revised(RequestRegistration r, Map<String, String> values) {
        RequestRegistration.Contact c = r.contact();
        return new RequestRegistration(r.channel(), pick(values, "companyName", r.companyName()), r.clientId(),
                new RequestRegistration.Contact(pick(values, "contact.firstName", c.firstName()),
                        pick(values, "contact.lastName", c.lastName()), pick(values, "contact.position", c.position()),
                        pick(values, "contact.phone", c.phone()), pick(values, "contact.email", c.email())),
                pick(values, "summary", r.summary()), pick(values, "description", r.description()), r.urgent(),
                pick(values, "requestedConsultant", r.requestedConsultant()),
                values.containsKey("receivedAt") ? null : r.receivedAt());
    }

    private static String pick(Map<String, String> values, String field, String given) {
        return values.containsKey(field) ? values.get(field) : given;
    }

    private static RequestRegistration withoutClientId(RequestRegistration r) {
        return new RequestRegistration(r.channel(), r.companyName(), null, r.contact(), r.summary(), r.description(),
                r.urgent(), r.requestedConsultant(), r.receivedAt());
    }
}
