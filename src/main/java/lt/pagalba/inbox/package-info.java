/**
 * The support mailbox read into requests: unseen mail polled over IMAP becomes a new request, joins
 * the request it answers, is ignored when automatic or is quarantined when unreadable, and gets its
 * automatic replies through the outbox. It gives the conversation the client's e-mails of a request
 * ({@link lt.pagalba.conversation.ClientMails}).
 */
@ApplicationModule(allowedDependencies = {"request", "client", "mail", "conversation", "shared", "audit", "staff"})
package lt.pagalba.inbox;

import org.springframework.modulith.ApplicationModule;
