package lt.pagalba.shared;

/**
 * An e-mail left the outbox: the SMTP server took it. It names the request or invoice it was about
 * (either may be null). Mail publishes it in the transaction that marks the mail sent, so it is kept
 * in the event publication registry; it lives here, not in mail, because the modules that care
 * (billing: a proforma becomes SENT) must not depend on mail, which depends on them.
 */
public record MailSent(OutboxMessageId mail, RequestId requestId, InvoiceId invoiceId) {
}
