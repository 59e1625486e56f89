/**
 * Support requests (kreipiniai): the registration journal (R4), required information (R2),
 * dispatch to consultants, urgent requests, working groups (R5–R7, R10) and statuses.
 * <p>
 * Other modules read requests through {@link lt.pagalba.request.RequestDesk} and its events. For a
 * query that must join requests, the module offers one view (migration V18): {@code request_reference}
 * — {@code id}, {@code number}, {@code client_id}, {@code received_at}, {@code status} of every request.
 * Its tables are its own.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "staff", "client"})
package lt.pagalba.request;

import org.springframework.modulith.ApplicationModule;
