/**
 * Small value types every module speaks in (money, e-mail addresses, phone numbers, Lithuanian
 * company and VAT codes, typed ids, list pages), the page-part and details SPIs, and the exceptions
 * that become problem details (built, in the caller's language, by {@link lt.pagalba.shared.Problems}),
 * and {@link lt.pagalba.shared.CopyRows} for the bulk writes of a billing run (COPY on the caller's transaction).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package lt.pagalba.shared;

import org.springframework.modulith.ApplicationModule;
