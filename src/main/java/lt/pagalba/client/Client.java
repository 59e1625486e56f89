package lt.pagalba.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.VatCode;

/**
 * A client company as the rest of Pagalba sees it. Codes, e-mail and phone are optional (null when
 * not known); {@code permanentConsultant} is a staff member's username. {@code address} is the
 * postal address on one line, {@code postalAddress} the same in its parts; {@code attachEInvoice}:
 * the client wants the e-invoice (UBL XML) beside the PDF of each VAT invoice it is mailed.
 */
public record Client(ClientId id, String name, CompanyCode companyCode, VatCode vatCode, String address,
                     EmailAddress email, PhoneNumber phone, BillingSettings billing, String permanentConsultant,
                     String language, int paymentTermDays, OffsetDateTime createdAt, PostalAddress postalAddress,
                     boolean attachEInvoice) {

    /** A client established abroad: its address is in another country, or its VAT number is another state's. */
    @JsonIgnore // derived, not data: neither the API nor the audit trail carries it
    public boolean isAbroad() {
        return !postalAddress.isLithuanian() || vatCode != null && !vatCode.isLithuanian();
    }
}
