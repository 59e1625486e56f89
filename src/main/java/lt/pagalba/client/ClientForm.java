package lt.pagalba.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.ValidCompanyCode;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;
import lt.pagalba.shared.ValidRate;
import lt.pagalba.shared.ValidVatCode;

/** A client as the API and the client form give it; only the name is required. */
public record ClientForm(
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

    public static final int DEFAULT_PAYMENT_TERM_DAYS = 14;

    /** Billing settings as typed: rates are text with at most two decimals. */
    public record Billing(
            PeriodLength period,
            @ValidRate String hourlyRate,
            @ValidRate String additionalWorkRate,
            @Min(1) @Max(480) Integer incrementMinutes,
            @Min(0) @Max(1440) Integer minimumMinutes) {
    }

    static ClientForm of(Client client) {
        BillingSettings b = client.billing();
        return new ClientForm(client.name(), client.companyCode(), client.vatCode(), client.address(), client.email(),
                client.phone(), new Billing(b.period(), text(b.hourlyRate()), text(b.additionalWorkRate()),
                b.incrementMinutes(), b.minimumMinutes()), client.permanentConsultant(), client.language(),
                client.paymentTermDays());
    }

    private static String text(lt.pagalba.shared.Money money) {
        return money == null ? null : money.text();
    }
}
