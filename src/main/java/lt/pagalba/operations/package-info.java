/**
 * What the people who run Pagalba watch and keep: the Prometheus meters that are not a single
 * module's (registrations, the outbox's state), nightly backups of the embedded database and their
 * restore, and a contact person's data exported or erased on request (GDPR).
 */
@ApplicationModule(allowedDependencies = {"request", "shared", "audit"})
package lt.pagalba.operations;

import org.springframework.modulith.ApplicationModule;
