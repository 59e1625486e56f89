package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/**
 * Issue 14, item 10: the seller's own settings are checked when Pagalba starts. A company code, VAT
 * code, IBAN or country that is wrong stops the start, and the failure names the setting to fix;
 * the placeholder defaults of {@code application.yml} pass the same checks, so a fresh start works.
 */
class SellerSettingsTests {

    /** The defaults of application.yml. */
    private final ApplicationContextRunner seller = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false",
                    "pagalba.seller.name=UAB „Stekas“", "pagalba.seller.company-code=300000003",
                    "pagalba.seller.vat-code=LT100000019", "pagalba.seller.address=Gedimino pr. 1, LT-01103 Vilnius",
                    "pagalba.seller.country=LT", "pagalba.seller.iban=LT121000011101001000");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SellerDetails.class)
    static class Settings {
    }

    @Test
    void thePlaceholderDefaultsAreAValidSeller() {
        seller.run(context -> {
            assertThat(context).hasNotFailed();
            Party party = context.getBean(SellerDetails.class).party();
            assertThat(party.companyCode()).isEqualTo("300000003");
            assertThat(party.vatCode()).isEqualTo("LT100000019");
            assertThat(party.city()).isEqualTo("Vilnius");
            assertThat(party.postcode()).isEqualTo("LT-01103");
        });
    }

    @ParameterizedTest(name = "{0}={1} stops the start naming {2}")
    @CsvSource({
            "company-code, 300000004, PAGALBA_SELLER_COMPANY_CODE",
            "company-code, 30000000, PAGALBA_SELLER_COMPANY_CODE",
            "vat-code, LT100000018, PAGALBA_SELLER_VAT_CODE",
            "vat-code, LT100000009, PAGALBA_SELLER_VAT_CODE",
            "iban, LT121000011101001001, PAGALBA_SELLER_IBAN",
            "country, Lietuva, PAGALBA_SELLER_COUNTRY"})
    void aWrongSettingStopsTheStartNamingIt(String setting, String value, String named) {
        seller.withPropertyValues("pagalba.seller." + setting + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            String message = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage();
            assertThat(message).contains(named, value);
        });
    }

    @Test
    void codesTypedWithSpacesAreTheSameSeller() {
        seller.withPropertyValues("pagalba.seller.company-code=300 000 003", "pagalba.seller.vat-code=lt 100 000 019",
                "pagalba.seller.iban=LT12 1000 0111 0100 1000").run(context -> {
            assertThat(context).hasNotFailed();
            Party party = context.getBean(SellerDetails.class).party();
            assertThat(party.companyCode()).isEqualTo("300000003");
            assertThat(party.vatCode()).isEqualTo("LT100000019");
            assertThat(party.iban()).isEqualTo("LT121000011101001000");
        });
    }
}
