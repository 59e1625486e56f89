/**
 * The support mailbox read into requests: unseen mail polled over IMAP becomes a new request, joins
 * the request it answers, is ignored when automatic or is quarantined when unreadable, and gets its
 * automatic replies through the outbox.
 */
@ApplicationModule(allowedDependencies = {"request", "client", "mail", "shared", "audit", "staff"})
package lt.pagalba.inbox;

import org.springframework.modulith.ApplicationModule;
