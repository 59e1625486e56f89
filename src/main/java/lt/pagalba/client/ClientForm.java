package lt.pagalba.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.function.Function;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.ValidCompanyCode;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;
import lt.pagalba.shared.ValidRate;
import lt.pagalba.shared.ValidVatCode;
import lt.pagalba.shared.VatCode;

/**
 * A client as the API and the client form give it, checked by its annotations; only the name is
 * required. The address comes in its parts (street, city, postcode, country) or as one line
 * ({@code address}, read into its parts): the parts win when both are given. Once checked it becomes
 * a {@link ClientCommand}, with the defaults for what was left out.
 */
record ClientForm(
        @NotBlank @Size(max = 200) String name,
        @ValidCompanyCode String companyCode,
        @ValidVatCode String vatCode,
        @Size(max = 300) String address,
        @ValidEmail @Size(max = 254) String email,
        @ValidPhone @Size(max = 40) String phone,
        @Valid Billing billing,
        @Size(max = 40) String permanentConsultant,
        @Pattern(regexp = "lt|en", message = "{ClientForm.language}") String language,
        @Min(0) @Max(365) Integer paymentTermDays,
        @Size(max = 200) String street,
        @Size(max = 100) String city,
        @Size(max = 20) String postcode,
        @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "{ClientForm.country}") String country,
        Boolean attachEInvoice) {

    /** A form or body without any billing field binds to no billing settings (the defaults), not to nothing. */
    ClientForm {
        billing = billing == null ? Billing.NONE : billing;
    }

    /** Billing settings as typed: rates are text with at most two decimals. */
    record Billing(
            PeriodLength period,
            @ValidRate String hourlyRate,
            @ValidRate String additionalWorkRate,
            @Min(1) @Max(480) Integer incrementMinutes,
            @Min(0) @Max(1440) Integer minimumMinutes) {

        static final Billing NONE = new Billing(null, null, null, null, null);

        BillingSettings toSettings() {
            return new BillingSettings(period == null ? BillingSettings.DEFAULT.period() : period,
                    Money.parseRate(hourlyRate), Money.parseRate(additionalWorkRate),
                    incrementMinutes == null ? BillingSettings.DEFAULT_INCREMENT : incrementMinutes,
                    minimumMinutes == null ? BillingSettings.DEFAULT_MINIMUM : minimumMinutes);
        }
    }

    /** A form with the address on one line only, as clients were given before addresses had parts. */
    ClientForm(String name, String companyCode, String vatCode, String address, String email, String phone, Billing billing,
               String permanentConsultant, String language, Integer paymentTermDays) {
        this(name, companyCode, vatCode, address, email, phone, billing, permanentConsultant, language, paymentTermDays,
                null, null, null, null, null);
    }

    /** An empty form for a new client, with the defaults shown. */
    static ClientForm blank() {
        return new ClientForm("", "", "", "", "", "", new Billing(PeriodLength.MONTH, "", "",
                BillingSettings.DEFAULT_INCREMENT, BillingSettings.DEFAULT_MINIMUM), null, ClientCommand.DEFAULT_LANGUAGE,
                ClientCommand.DEFAULT_PAYMENT_TERM_DAYS, "", "", "", PostalAddress.LITHUANIA, false);
    }

    static ClientForm of(Client client) {
        BillingSettings b = client.billing();
        PostalAddress a = client.postalAddress();
        return new ClientForm(client.name(), text(client.companyCode()), text(client.vatCode()), client.address(),
                text(client.email()), text(client.phone()), new Billing(b.period(), text(b.hourlyRate()),
                text(b.additionalWorkRate()), b.incrementMinutes(), b.minimumMinutes()), client.permanentConsultant(),
                client.language(), client.paymentTermDays(), a.street(), a.city(), a.postcode(), a.country(),
                client.attachEInvoice());
    }

    /** The same form with only its one-line address: a change that names just {@code address} replaces the parts. */
    ClientForm withAddressOnly() {
        return new ClientForm(name, companyCode, vatCode, address, email, phone, billing, permanentConsultant, language,
                paymentTermDays, null, null, null, null, attachEInvoice);
    }

    /** The checked form in typed values; call it only on a form that passed validation. */
    ClientCommand toCommand() {
        return new ClientCommand(name, typed(companyCode, CompanyCode::new), typed(vatCode, VatCode::new), postalAddress(),
                typed(email, EmailAddress::new), PhoneNumber.ofOptional(phone),
                billing == null ? BillingSettings.DEFAULT : billing.toSettings(), Text.blankToNull(permanentConsultant),
                language == null ? ClientCommand.DEFAULT_LANGUAGE : language,
                paymentTermDays == null ? ClientCommand.DEFAULT_PAYMENT_TERM_DAYS : paymentTermDays,
                Boolean.TRUE.equals(attachEInvoice));
    }

    private PostalAddress postalAddress() {
        boolean inParts = !Text.isBlank(street) || !Text.isBlank(city) || !Text.isBlank(postcode);
        if (inParts) {
            return new PostalAddress(street, city, postcode, country);
        }
        PostalAddress parsed = PostalAddress.parse(address);
        return Text.isBlank(country) ? parsed : new PostalAddress(parsed.street(), parsed.city(), parsed.postcode(), country);
    }

    private static <T> T typed(String text, Function<String, T> type) {
        String given = Text.blankToNull(text);
        return given == null ? null : type.apply(given);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
