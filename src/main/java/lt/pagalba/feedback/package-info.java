/**
 * Client feedback (R16): a closed request's contact gets a signed one-time link to rate the service
 * 1 to 5 with a word (the outbox hears of it through {@code FeedbackEvents}), and low ratings come
 * back to the administrator as follow-ups.
 */
@ApplicationModule(allowedDependencies = {"request", "client", "shared", "audit", "staff"})
package lt.pagalba.feedback;

import org.springframework.modulith.ApplicationModule;
