package lt.pagalba.client;

import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.VatCode;

/**
 * A client to register or the new state of one, in typed values: what a checked {@link ClientForm}
 * turns into, once. Optional values are null.
 */
record ClientCommand(String name, CompanyCode companyCode, VatCode vatCode, PostalAddress address, EmailAddress email,
                     PhoneNumber phone, BillingSettings billing, String permanentConsultant, String language,
                     int paymentTermDays, boolean attachEInvoice) {

    static final String DEFAULT_LANGUAGE = "lt";
    static final int DEFAULT_PAYMENT_TERM_DAYS = 14;

    ClientCommand {
        if (name == null || name.isBlank() || billing == null || language == null || address == null) {
            throw new IllegalArgumentException("A client needs a name, billing settings, a language and an address (maybe empty)");
        }
        name = name.trim();
    }

    /** A client known only by its name (a caller named a company Pagalba did not know). */
    static ClientCommand named(String name) {
        return new ClientCommand(name, null, null, PostalAddress.none(), null, null, BillingSettings.DEFAULT, null,
                DEFAULT_LANGUAGE, DEFAULT_PAYMENT_TERM_DAYS, false);
    }
}
