package lt.pagalba.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import lt.pagalba.shared.Vilnius;

/** The limits of statements and report subscriptions, in one place for the constraints that check them. */
final class StatementRules {

    /** The earliest opt-in (and statement day) Pagalba accepts: the database cannot keep every year Java can parse. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A statement covers at most a year (a leap year's days). */
    static final int MAX_DAYS = 366;
    static final int MAX_EVIDENCE = 4000;
    /** Frequencies as the API and the page write them, any case; blank is left to {@code @NotBlank}. */
    static final String FREQUENCY = "(?i)\\s*(ON_REQUEST|MONTH|QUARTER)?\\s*";
    /** An RFC 5322 Message-ID, with or without its angle brackets, as a mail client shows it. */
    static final String MESSAGE_ID = "\\s*(<[^<>\\s@]+@[^<>\\s@]+>|[^<>\\s@]+@[^<>\\s@]+)\\s*";

    private StatementRules() {
    }

    static OffsetDateTime earliestTime() {
        return EARLIEST.atStartOfDay(Vilnius.ZONE).toOffsetDateTime();
    }
}
