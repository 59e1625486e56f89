package lt.pagalba.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.Vilnius;

/**
 * An opt-in as the API and the page send it: {@code requestedAt} an ISO date-time with offset (or a
 * local date-time in Vilnius from the page), {@code evidence} the e-mail it came in (e.g.
 * {@code email <Message-ID>}) or pasted text, {@code frequency} ON_REQUEST, MONTH or QUARTER.
 * Serializable: the page keeps it in the flash attributes to show it again after a refusal.
 */
record SubscriptionForm(@NotBlank @ValidEmail String email,
                        @NotBlank @ValidRequestTime String requestedAt,
                        @NotBlank @Size(max = StatementRules.MAX_EVIDENCE) String evidence,
                        @NotBlank @Pattern(regexp = StatementRules.FREQUENCY) String frequency) implements Serializable {

    /** The opt-in the form records, once it is valid. */
    Subscription subscription() {
        return new Subscription(new EmailAddress(email), time(requestedAt).orElseThrow(), frequency(frequency),
                evidence.strip());
    }

    /** A valid opt-in: where to, when it was asked, how often, and the evidence as given. */
    record Subscription(EmailAddress email, OffsetDateTime requestedAt, Frequency frequency, String evidence) {
    }

    /** An ISO date-time with offset, else a local one in Vilnius (a datetime-local field). */
    static Optional<OffsetDateTime> time(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.trim()).atZone(Vilnius.ZONE).toOffsetDateTime());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** A frequency as the forms write it (any case); none written is on request. */
    static Frequency frequency(String text) {
        return text == null || text.isBlank() ? Frequency.ON_REQUEST : Frequency.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
