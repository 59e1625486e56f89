/**
 * The outbox: every e-mail Pagalba sends, queued from the events of request, billing, statement and
 * feedback, the portal's login links (and the inbox's automatic replies), sent over SMTP with retries, and announced as
 * {@code MailSent} once it has left, so that mail reads from other modules but changes nothing of theirs.
 */
@ApplicationModule(allowedDependencies = {"request", "billing", "statement", "feedback", "portal", "client", "shared", "audit", "staff"})
package lt.pagalba.mail;

import org.springframework.modulith.ApplicationModule;
