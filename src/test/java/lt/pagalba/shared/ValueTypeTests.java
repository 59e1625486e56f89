package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ValueTypeTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8 5 278 0670|+37052780670", "(8 5) 278 0670|+37052780670", "+370 673 01937|+37067301937",
            "867301937|+37067301937", "8-673-01937|+37067301937", "+37061234567|+37061234567",
            "0037061234567|+37061234567", "+48 22 123 45 67|+48221234567"})
    void phoneNumbersAreReadTheLithuanianWayAndKeptAsE164(String written, String e164) {
        assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "8 5 278", "+370 abc defg", "phone", "+3706123456789012345"})
    void notPhoneNumbers(String text) {
        assertThat(PhoneNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ona@pavyzdys.lt", "o.n+a@sub.pavyzdys.lt", "ONA@PAVYZDYS.LT"})
    void emailAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ona", "ona@", "@pavyzdys.lt", "ona@localhost", "ona pavyzdys.lt", "ona@@p.lt", "o..na@p.lt"})
    void notEmailAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
    }

    @Test
    void companyAndVatCodes() {
        assertThat(CompanyCode.isValid("304123455")).isTrue();
        assertThat(CompanyCode.isValid("30412345")).isFalse();
        assertThat(VatCode.isValid("LT100012345613")).isTrue();
        assertThat(VatCode.isValid("LT304123416")).isTrue();
        assertThat(VatCode.isValid("LT1234567890")).isFalse();
        assertThat(VatCode.isValid("lt123456789")).isFalse();
        assertThatThrownBy(() -> new CompanyCode("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyHasExactlyTwoDecimals() {
        assertThat(Money.of("45").text()).isEqualTo("45.00");
        assertThat(Money.of("45.5").text()).isEqualTo("45.50");
        assertThat(Money.parseRate("45,5").text()).isEqualTo("45.50");
        assertThatThrownBy(() -> Money.of("1.234")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofRounded(new BigDecimal("1.005")).text()).isEqualTo("1.01");
        assertThat(Money.ofRounded(new BigDecimal("-1.005")).text()).isEqualTo("-1.01");
        assertThat(Money.of("10.10").plus(Money.of("0.90"))).isEqualTo(Money.of("11"));
        assertThat(Money.isValidRate("1.234")).isFalse();
        assertThat(Money.isValidRate("-1")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ona@pavyzdys.lt|ona@pavyzdys.lt|true", "ONA@Pavyzdys.LT|ona@pavyzdys.lt|true",
            "' ona@pavyzdys.lt '|ona@pavyzdys.lt|true", "ona@pavyzdys.lt|jonas@pavyzdys.lt|false",
            "ona@pavyzdys.lt|ona@pavyzdys.com|false"})
    void emailAddressesAreKeptAsTypedAndComparedWithoutCase(String typed, String other, boolean same) {
        EmailAddress address = new EmailAddress(typed);
        assertThat(address.value()).isEqualTo(typed.trim());
        assertThat(address.equals(new EmailAddress(other))).isEqualTo(same);
        if (same) {
            assertThat(address).hasSameHashCodeAs(new EmailAddress(other));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "ona@pavyzdys.lt|ona@pavyzdys.lt", "' Ona@P.lt '|Ona@P.lt", "ona|null", "''|null", "null|null",
            "Ona Onaitė <ona@p.lt>|null"})
    void textFromOutsideIsAnEmailAddressOnlyWhenItIsOne(String text, String expected) {
        assertThat(EmailAddress.parse(text).map(EmailAddress::value)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {"8 5 278 0670|+37052780670", "''|null", "'  '|null",
            "null|null", "+37061234567|+37061234567"})
    void anOptionalPhoneFromACheckedFormIsNullWhenBlank(String typed, String e164) {
        assertThat(PhoneNumber.ofOptional(typed)).isEqualTo(e164 == null ? null : new PhoneNumber(e164));
    }

    @Test
    void aPhoneThatSlippedPastTheCheckIsRefused() {
        assertThatThrownBy(() -> PhoneNumber.ofOptional("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "12345678", "1234567890", "12345678a", " 123456789"})
    void notCompanyCodes(String text) {
        assertThatThrownBy(() -> new CompanyCode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LT", "LT1234567890", "lt123456789", "LV123456789", "123456789"})
    void notVatCodes(String text) {
        assertThatThrownBy(() -> new VatCode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Records holding them write exactly what the plain text fields wrote before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email|Ona@Pavyzdys.lt", "phone|+37052780670", "companyCode|304123455", "vatCode|LT100012345613"})
    void valueTypesAreWrittenAndReadAsTheirPlainText(String field, String text) {
        Object value = switch (field) {
            case "email" -> new EmailAddress(text);
            case "phone" -> new PhoneNumber(text);
            case "companyCode" -> new CompanyCode(text);
            default -> new VatCode(text);
        };
        String json = JSON.writeValueAsString(value);
        assertThat(json).isEqualTo("\"" + text + "\"");
        assertThat(JSON.readValue(json, value.getClass())).isEqualTo(value);
        assertThat(value).hasToString(text);
    }
}
