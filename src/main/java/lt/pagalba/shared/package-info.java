/**
 * Small value types every module speaks in (money, e-mail addresses, phone numbers, Lithuanian
 * company and VAT codes, typed ids, list pages), the page-part and details SPIs, and the exceptions
 * that become problem details (built, in the caller's language, by {@link lt.pagalba.shared.Problems}).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package lt.pagalba.shared;

import org.springframework.modulith.ApplicationModule;
