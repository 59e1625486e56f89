package lt.pagalba.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.StatementId;

/**
 * A statement as the API shows it: its period, how many requests and work entries it lists, their
 * minutes, and to whom and when it was sent (null when it was only generated).
 */
record Statement(StatementId id, ClientId clientId, LocalDate from, LocalDate to, int requests, int entries,
                 int minutes, String sentTo, OffsetDateTime sentAt, String language, boolean automatic,
                 OffsetDateTime createdAt, String createdBy) {
}
