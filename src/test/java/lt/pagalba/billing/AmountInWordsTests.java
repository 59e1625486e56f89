package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.01|nulis eurų 01 ct",
            "0|nulis eurų 00 ct",
            "1.00|vienas euras 00 ct",
            "2.00|du eurai 00 ct",
            "9.99|devyni eurai 99 ct",
            "10.00|dešimt eurų 00 ct",
            "11.00|vienuolika eurų 00 ct",
            "21.00|dvidešimt vienas euras 00 ct",
            "22.5|dvidešimt du eurai 50 ct",
            "111.00|šimtas vienuolika eurų 00 ct",
            "145.20|šimtas keturiasdešimt penki eurai 20 ct",
            "72.60|septyniasdešimt du eurai 60 ct",
            "1000.00|tūkstantis eurų 00 ct",
            "1001.00|tūkstantis vienas euras 00 ct",
            "2000.00|du tūkstančiai eurų 00 ct",
            "12000.00|dvylika tūkstančių eurų 00 ct",
            "21000.00|dvidešimt vienas tūkstantis eurų 00 ct",
            // issue 14, item 12: never "vienas" before šimtas, tūkstantis, milijonas or milijardas (it was before milijonas)
            "1000000.00|milijonas eurų 00 ct",
            "1001000.00|milijonas tūkstantis eurų 00 ct",
            "1100100.00|milijonas šimtas tūkstančių šimtas eurų 00 ct",
            "101000.00|šimtas vienas tūkstantis eurų 00 ct",        // the one of 101 stays
            "21000000.00|dvidešimt vienas milijonas eurų 00 ct",
            "1001000000.00|milijardas milijonas eurų 00 ct",
            "2001000000.00|du milijardai milijonas eurų 00 ct",
            "101000000.00|šimtas vienas milijonas eurų 00 ct",
            "22000000.00|dvidešimt du milijonai eurų 00 ct",
            "999999999.99|devyni šimtai devyniasdešimt devyni milijonai devyni šimtai devyniasdešimt devyni "
                    + "tūkstančiai devyni šimtai devyniasdešimt devyni eurai 99 ct"})
    void lithuanianWordsAgreeWithTheNumber(BigDecimal amount, String words) {
        assertThat(AmountInWords.lithuanian(amount)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-72.60|minus septyniasdešimt du eurai 60 ct",
            "-0.01|minus nulis eurų 01 ct",
            "1.005|vienas euras 01 ct",
            "1.994|vienas euras 99 ct",
            "1.995|du eurai 00 ct",
            "-0.004|nulis eurų 00 ct"})
    void creditNotesReadMinusAndCentsAreRoundedHalfUp(BigDecimal amount, String words) {
        assertThat(AmountInWords.lithuanian(amount)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "72.60|seventy-two euros 60 ct",
            "1.00|one euro 00 ct",
            "0.05|zero euros 05 ct",
            "21.00|twenty-one euros 00 ct",
            "1234.56|one thousand two hundred thirty-four euros 56 ct",
            "-145.20|minus one hundred forty-five euros 20 ct"})
    void english(BigDecimal amount, String words) {
        assertThat(AmountInWords.english(amount)).isEqualTo(words);
    }
}
