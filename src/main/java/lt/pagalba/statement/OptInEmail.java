package lt.pagalba.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.ValidEmail;

/**
 * The opt-in a client's e-mail carried, recorded with one click from the request timeline (or over the
 * API): the inbound message's Message-ID, with or without angle brackets, is the evidence; no frequency
 * given is on request.
 */
record OptInEmail(@NotBlank @ValidEmail String email,
                  @NotBlank @Size(max = 998) @Pattern(regexp = StatementRules.MESSAGE_ID) String messageId,
                  @Pattern(regexp = StatementRules.FREQUENCY) String frequency) {

    /** The opt-in, once valid: the Message-ID with its brackets. */
    EmailOptIn optIn() {
        String id = messageId.strip();
        return new EmailOptIn(new EmailAddress(email), id.startsWith("<") ? id : "<" + id + ">",
                SubscriptionForm.frequency(frequency));
    }

    /** A valid opt-in by e-mail. */
    record EmailOptIn(EmailAddress email, String messageId, Frequency frequency) {
    }
}
