/**
 * The client portal at {@code /portal}: a client's contact people log in without a password (a
 * one-time link e-mailed to them, announced as {@link lt.pagalba.portal.PortalEvents.PortalLinkRequested}
 * for the mail outbox) and see their own company's requests, documents, hours and statement opt-in,
 * reading and acting only through the other modules' public services (a request's public conversation through
 * {@code conversation.ClientConversation}). Its security chain, sessions
 * (table {@code portal_session}), one-time links and rate limits are its own (migration V60).
 */
@ApplicationModule(allowedDependencies = {"request", "client", "conversation", "feedback", "journal", "billing", "statement", "shared",
        "staff"})
package lt.pagalba.portal;

import org.springframework.modulith.ApplicationModule;
