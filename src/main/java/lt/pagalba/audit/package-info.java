/**
 * The audit trail (R11): who changed what, when, with the record before and after the change.
 * Every module writes to it through {@link lt.pagalba.audit.AuditTrail}; nothing in it is ever
 * updated or deleted.
 */
@ApplicationModule(allowedDependencies = "shared")
package lt.pagalba.audit;

import org.springframework.modulith.ApplicationModule;
