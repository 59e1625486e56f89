package lt.pagalba.client;

import java.time.OffsetDateTime;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.VatCode;

/**
 * A client company as the rest of Pagalba sees it. Codes, e-mail and phone are optional (null when
 * not known); {@code permanentConsultant} is a staff member's username.
 */
public record Client(ClientId id, String name, CompanyCode companyCode, VatCode vatCode, String address,
                     EmailAddress email, PhoneNumber phone, BillingSettings billing, String permanentConsultant,
                     String language, int paymentTermDays, OffsetDateTime createdAt) {
}
