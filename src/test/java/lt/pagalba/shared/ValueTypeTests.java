package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypeTests {

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
        assertThat(CompanyCode.isValid("304123456")).isTrue();
        assertThat(CompanyCode.isValid("30412345")).isFalse();
        assertThat(VatCode.isValid("LT100012345611")).isTrue();
        assertThat(VatCode.isValid("LT123456789")).isTrue();
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
}
