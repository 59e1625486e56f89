/**
 * Small value types every module speaks in (money, e-mail addresses, phone numbers, Lithuanian
 * company and VAT codes, list pages) and the exceptions that become problem details.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package lt.pagalba.shared;
