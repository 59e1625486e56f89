package lt.pagalba.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.ValidCompanyCode;
import lt.pagalba.shared.ValidVatCode;
import lt.pagalba.shared.VatCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The vendor as its invoices name it ({@code pagalba.seller.*}, {@code PAGALBA_SELLER_*}), checked at
 * start-up: a seller whose company code, VAT code or IBAN is wrong does not start, and the failure
 * names the setting. The address is given in its parts or on one line ({@code address}); documents
 * Pagalba issues by itself name {@code issuerName} and {@code issuerPosition} as who issued them.
 */
@Validated
@ConfigurationProperties("pagalba.seller")
record SellerDetails(@NotBlank String name,
                     @NotBlank @ValidCompanyCode(message = "{seller.companyCode}") String companyCode,
                     @ValidVatCode(message = "{seller.vatCode}") String vatCode,
                     String address, String street, String city, String postcode,
                     @Pattern(regexp = "[A-Z]{2}", message = "{seller.country}") String country,
                     @NotBlank @ValidIban String iban, String bank, String issuerName, String issuerPosition) {

    /** The seller's address in its parts: those given, else the one line read into them. */
    PostalAddress postalAddress() {
        if (!Text.isBlank(street) || !Text.isBlank(city)) {
            return new PostalAddress(street, city, postcode, country);
        }
        PostalAddress parsed = PostalAddress.parse(address);
        return new PostalAddress(parsed.street(), parsed.city(), parsed.postcode(), Text.isBlank(country) ? parsed.country() : country);
    }

    Party party() {
        PostalAddress a = postalAddress();
        return new Party(name, companyCode.replaceAll("\\s", ""), Text.isBlank(vatCode) ? null : new VatCode(vatCode).value(),
                a.oneLine(), iban.replaceAll("\\s", ""), a.street(), a.city(), a.postcode(), a.country(), Text.blankToNull(bank));
    }

    /** Who issued what Pagalba issued by itself: the person the settings name, if any. */
    Issuer automaticIssuer() {
        return new Issuer(Text.blankToNull(issuerName), Text.blankToNull(issuerPosition));
    }
}
