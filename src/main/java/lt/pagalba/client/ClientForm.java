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
import lt.pagalba.shared.Text;
import lt.pagalba.shared.ValidCompanyCode;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;
import lt.pagalba.shared.ValidRate;
import lt.pagalba.shared.ValidVatCode;
import lt.pagalba.shared.VatCode;

/**
 * A client as the API and the client form give it, checked by its annotations; only the name is
 * required. Once checked it becomes a {@link ClientCommand}, with the defaults for what was left out.
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
        @Min(0) @Max(365) Integer paymentTermDays) {

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

    /** An empty form for a new client, with the defaults shown. */
    static ClientForm blank() {
        return new ClientForm("", "", "", "", "", "", new Billing(PeriodLength.MONTH, "", "",
                BillingSettings.DEFAULT_INCREMENT, BillingSettings.DEFAULT_MINIMUM), null, ClientCommand.DEFAULT_LANGUAGE,
                ClientCommand.DEFAULT_PAYMENT_TERM_DAYS);
    }

    static ClientForm of(Client client) {
        BillingSettings b = client.billing();
        return new ClientForm(client.name(), text(client.companyCode()), text(client.vatCode()), client.address(),
                text(client.email()), text(client.phone()), new Billing(b.period(), text(b.hourlyRate()),
                text(b.additionalWorkRate()), b.incrementMinutes(), b.minimumMinutes()), client.permanentConsultant(),
                client.language(), client.paymentTermDays());
    }

    /** The checked form in typed values; call it only on a form that passed validation. */
    ClientCommand toCommand() {
        return new ClientCommand(name, typed(companyCode, CompanyCode::new), typed(vatCode, VatCode::new),
                Text.blankToNull(address), typed(email, EmailAddress::new), PhoneNumber.ofOptional(phone),
                billing.toSettings(), Text.blankToNull(permanentConsultant),
                language == null ? ClientCommand.DEFAULT_LANGUAGE : language,
                paymentTermDays == null ? ClientCommand.DEFAULT_PAYMENT_TERM_DAYS : paymentTermDays);
    }

    private static <T> T typed(String text, Function<String, T> type) {
        String given = Text.blankToNull(text);
        return given == null ? null : type.apply(given);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
