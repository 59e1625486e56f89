package lt.pagalba.statement;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A statement to make, as the API ({@code {"from", "to", "send"}}) and the client page's form send it:
 * the first and last day as ISO dates; {@code send} e-mails it to the subscription's address.
 */
@ValidPeriod
record StatementForm(@NotBlank String from, @NotBlank String to, Boolean send) {

    /** The days it covers, once the form is valid. */
    StatementPeriod period() {
        return new StatementPeriod(day(from).orElseThrow(), day(to).orElseThrow());
    }

    boolean sending() {
        return Boolean.TRUE.equals(send);
    }

    static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first and the last day of a statement. */
    record StatementPeriod(LocalDate from, LocalDate to) {
    }
}
