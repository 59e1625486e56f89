package lt.pagalba.mail;

/**
 * A mail from the outbox was accepted by the SMTP server (the proforma it carries becomes SENT).
 * Published in the transaction that marks it sent, so it is kept in the event publication registry.
 */
public record MailSent(String outboxId, String kind, String messageId, String requestId, String invoiceId) {
}
