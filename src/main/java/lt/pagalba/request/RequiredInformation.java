package lt.pagalba.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.PhoneNumber;

/**
 * R2: without the company, the contact's first name, surname, position, phone and e-mail, and a
 * short purpose, a client cannot be consulted. Also refuses values that are malformed or too long.
 */
final class RequiredInformation {

    static final int MAX_NAME = 100;
    static final int MAX_COMPANY = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_DESCRIPTION = 20_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private RequiredInformation() {
    }

    /** The R2 items missing from a registration, as field names ({@code contact.phone}). */
    static List<String> missing(RequestRegistration r) {
        List<String> missing = new ArrayList<>();
        if (blank(r.clientId()) && blank(r.companyName())) {
            missing.add("companyName");
        }
        RequestRegistration.Contact c = r.contact();
        if (c == null || blank(c.firstName())) {
            missing.add("contact.firstName");
        }
        if (c == null || blank(c.lastName())) {
            missing.add("contact.lastName");
        }
        if (c == null || blank(c.position())) {
            missing.add("contact.position");
        }
        if (c == null || blank(c.phone())) {
            missing.add("contact.phone");
        }
        if (c == null || blank(c.email())) {
            missing.add("contact.email");
        }
        if (blank(r.summary())) {
            missing.add("summary");
        }
        return missing;
    }

    /** Everything wrong with a registration: missing items, malformed and oversized values. */
    static List<FieldProblem> problems(RequestRegistration r, boolean requireAll) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.channel() == null) {
            problems.add(FieldProblem.required("channel"));
        }
        if (requireAll) {
            missing(r).forEach(field -> problems.add(FieldProblem.required(field)));
        }
        tooLong(problems, "companyName", r.companyName(), MAX_COMPANY);
        tooLong(problems, "summary", r.summary(), MAX_SUMMARY);
        tooLong(problems, "description", r.description(), MAX_DESCRIPTION);
        tooLong(problems, "requestedConsultant", r.requestedConsultant(), MAX_NAME);
        RequestRegistration.Contact c = r.contact();
        if (c != null) {
            tooLong(problems, "contact.firstName", c.firstName(), MAX_NAME);
            tooLong(problems, "contact.lastName", c.lastName(), MAX_NAME);
            tooLong(problems, "contact.position", c.position(), MAX_NAME);
            if (!blank(c.phone()) && PhoneNumber.parse(c.phone()).isEmpty()) {
                problems.add(FieldProblem.invalid("contact.phone", "ValidPhone"));
            }
            if (!blank(c.email()) && !EmailAddress.isValid(c.email())) {
                problems.add(FieldProblem.invalid("contact.email", "ValidEmail"));
            }
        }
        if (r.receivedAt() != null && r.receivedAt().isAfter(OffsetDateTime.now().plus(CLOCK_SKEW))) {
            problems.add(FieldProblem.invalid("receivedAt", "request.receivedAt.future"));
        }
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "too_long", "validation.tooLong", max));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
