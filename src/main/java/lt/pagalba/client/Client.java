package lt.pagalba.client;

import java.time.OffsetDateTime;

/** A client company as the rest of Pagalba sees it. Ids are opaque strings. */
public record Client(String id, String name, String companyCode, String vatCode, String address, String email,
                     String phone, BillingSettings billing, String permanentConsultant, String language,
                     int paymentTermDays, OffsetDateTime createdAt) {
}
