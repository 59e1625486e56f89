/**
 * Staff members (administrators, consultants, accountants), their availability for urgent
 * requests, login with lockout, personal API tokens, and the security of the pages and the API
 * (each module states the roles of its own API paths as {@link lt.pagalba.staff.ApiAccessRules}).
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package lt.pagalba.staff;

import org.springframework.modulith.ApplicationModule;
