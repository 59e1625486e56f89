/**
 * The outbox: every e-mail Pagalba sends, queued from the events of request, billing, statement,
 * feedback and conversation (staff replies, whose delivery it reports back through the conversation's
 * {@code Deliveries} port; and the inbox's automatic replies) and the portal's login links, sent over SMTP
 * with retries (a VAT invoice with its e-invoice from tax when the client wants it), and announced as
 * {@code MailSent} once it has left, so that mail reads from other modules but changes nothing of theirs.
 */
@ApplicationModule(allowedDependencies = {"request", "billing", "statement", "feedback", "conversation", "portal", "client",
        "servicelevel", "tax", "shared", "audit", "staff"})
package lt.pagalba.mail;

import org.springframework.modulith.ApplicationModule;
