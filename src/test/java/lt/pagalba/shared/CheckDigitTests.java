package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 10: company and VAT codes are checked by their check digits (the weighted modulus-11
 * rule), EU VAT numbers in their states' formats, and written the way the tax offices write them.
 */
class CheckDigitTests {

    @ParameterizedTest(name = "company code {0}: {1}")
    @CsvSource({
            // code, valid — why
            "304123455, true",     // API.md's example
            "300000003, true",     // the seller's placeholder
            "123456786, true",
            "110000051, true",     // a remainder of 10 with weights 1…8: weights from 3 give 1
            "304123456, false",    // one digit off
            "123456789, false",
            "300000000, false",
            "30412345, false",     // eight digits
            "3041234555, false",   // ten
            "30412345A, false"})
    void companyCodesAreCheckedByTheirCheckDigit(String code, boolean valid) {
        assertThat(CompanyCode.isValid(code)).isEqualTo(valid);
        if (!valid) {
            assertThatThrownBy(() -> new CompanyCode(code)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "VAT code {0}: {1}")
    @CsvSource({
            "LT304123416, true",      // API.md's example: 9 digits, the 8th is 1
            "LT100000019, true",
            "LT100012345613, true",   // 12 digits, the 11th is 1
            "LT100009998818, true",
            "LT304123417, false",     // check digit off
            "LT304123426, false",     // the 8th digit is not 1
            "LT100012345611, false",  // check digit off
            "LT100012345623, false",  // the 11th digit is not 1
            "LT1234567890, false",    // 10 digits
            "LT, false",
            "304123416, false",       // no prefix
            "XX304123416, false"})    // no such state
    void lithuanianVatCodesAreCheckedByTheirCheckDigitAndTheirEighthOrEleventhDigit(String code, boolean valid) {
        assertThat(VatCode.isValid(code)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "LV40003245752, true, LV",     // Latvia: 11 digits
            "LV4000324575, false, LV",
            "EE100931558, true, EE",       // Estonia: 9 digits
            "PL5260250995, true, PL",      // Poland: 10 digits
            "DE129273398, true, DE",
            "FRXX123456789, true, FR",     // France: two characters and 9 digits
            "NL123456789B01, true, NL",
            "ATU12345678, true, AT",
            "EL123456789, true, GR",       // Greece writes EL
            "ESX1234567X, true, ES",
            "IE1234567FA, true, IE",
            "SE123456789001, true, SE",
            "SE123456789002, false, SE",   // a Swedish number ends in 01
            "DE12927339, false, DE"})
    void theVatNumbersOfOtherMemberStatesAreCheckedForTheirFormats(String code, boolean valid, String country) {
        assertThat(VatCode.isValid(code)).isEqualTo(valid);
        if (valid) {
            VatCode vat = new VatCode(code);
            assertThat(vat.country()).isEqualTo(country);
            assertThat(vat.isLithuanian()).isFalse();
        }
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "lt 212154314|LT212154314",
            "LT 212 154 314|LT212154314",
            "lt212154314|LT212154314",
            "LT-212.154.314|LT212154314",
            "lv 4000 324 5752|LV40003245752",
            "' LT304123416 '|LT304123416"})
    void vatCodesAreWrittenAsTheTaxOfficesWriteThem(String typed, String kept) {
        assertThat(VatCode.isValid(typed)).isTrue();
        assertThat(new VatCode(typed).value()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"304 123 455|304123455", "' 304123455 '|304123455", "304123455|304123455"})
    void companyCodesTypedWithSpacesAreTheSameCode(String typed, String kept) {
        assertThat(new CompanyCode(typed).value()).isEqualTo(kept);
    }
}
