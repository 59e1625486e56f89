package lt.pagalba.statement;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.StatementId;

/** What statements announce; the mail module queues the e-mail with the statement's PDF. */
public final class StatementEvents {

    private StatementEvents() {
    }

    /** A statement is to be e-mailed to a subscriber; published in the transaction that records the sending. */
    public record StatementSendRequested(StatementId statementId, ClientId clientId, String recipient, String language,
                                         LocalDate from, LocalDate to) {
    }

    /**
     * A contact person asked for statements by e-mail (or to stop them) from the client portal: the
     * address gets a confirmation. {@code frequency} is null when the statements were stopped;
     * {@code changeKey} tells one change from another, so each is confirmed once.
     */
    public record SubscriptionConfirmationRequested(ClientId clientId, String clientName, String recipient,
                                                    String language, Frequency frequency, String changeKey) {
    }
}
