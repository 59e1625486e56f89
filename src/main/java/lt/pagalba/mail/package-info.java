/**
 * The outbox: every e-mail Pagalba sends, queued from the events of request, billing, statement and
 * feedback (and the inbox's automatic replies), sent over SMTP with retries (a VAT invoice with its
 * e-invoice from tax when the client wants it), and announced as
 * {@code MailSent} once it has left, so that mail reads from other modules but changes nothing of theirs.
 */
@ApplicationModule(allowedDependencies = {"request", "billing", "statement", "feedback", "client", "tax", "shared", "audit", "staff"})
package lt.pagalba.mail;

import org.springframework.modulith.ApplicationModule;
