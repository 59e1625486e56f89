package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import lt.pagalba.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money rules alone (B4, B5, B7), case by case: each row is one line or one invoice an accountant could check by hand. */
class BillingRulesTests {

    @ParameterizedTest(name = "{0} billable, {1} included -> {2} over")
    @CsvSource({
            // billable, included, overage
            "690, 600, 90",      // eleven and a half hours against ten
            "600, 600, 0",       // exactly the included time
            "300, 600, 0",       // within: nothing over, nothing carried over (B3)
            "0, 600, 0",
            "90, 0, 90",         // nothing included (no contract): all of it
            "0, 0, 0"})
    void overageIsWhatIsBeyondTheIncludedMinutes(int billable, int included, int overage) {
        assertThat(BillingRules.overage(billable, included)).isEqualTo(overage);
    }

    @ParameterizedTest(name = "{0} over now, {1} billed before -> {2} to bill")
    @CsvSource({
            // overage now, already billed, still to bill
            "30, 0, 30",         // a period billed for the first time
            "75, 30, 45",        // time entered late in a billed month: the difference (B5)
            "30, 30, 0",         // nothing new
            "30, 120, -90",      // a correction took billed time away: a credit line
            "0, 60, -60",        // corrected to within the allowance: all of it back
            "0, 0, 0"})
    void aPeriodBilledBeforeOwesTheDifference(int overageNow, int alreadyBilled, int stillToBill) {
        assertThat(BillingRules.stillToBill(overageNow, alreadyBilled)).isEqualTo(stillToBill);
    }

    @ParameterizedTest(name = "{0} min at {1}/h -> {2} EUR")
    @CsvSource({
            // minutes, hourly rate, amount
            "90, 40.00, 60.00",
            "50, 40.00, 33.33",    // 33.333… rounds down
            "1, 40.00, 0.67",      // 0.666… rounds up
            "90, 45.00, 67.50",
            "30, 0.01, 0.01",      // exactly half a cent: half-up
            "1, 0.01, 0.00",
            "-90, 40.00, -60.00",  // a credit line
            "-30, 0.01, -0.01",    // half a cent of credit: away from zero, like the charge it takes back
            "0, 40.00, 0.00"})
    void aLineIsMinutesOverSixtyTimesTheRateRoundedHalfUpToCents(int minutes, String rate, String amount) {
        assertThat(BillingRules.amount(minutes, Money.of(rate))).isEqualTo(Money.of(amount));
    }

    @ParameterizedTest(name = "{0} min -> {1} h")
    @CsvSource({"90, 1.50", "60, 1.00", "50, 0.83", "1, 0.02", "45, 0.75", "-90, -1.50"})
    void aLineShowsItsMinutesAsHoursWithTwoDecimals(int minutes, String hours) {
        assertThat(BillingRules.hours(minutes)).isEqualTo(new BigDecimal(hours));
    }

    @ParameterizedTest(name = "{1} % of {0} -> {2}")
    @CsvSource({
            // net, rate in percent, VAT
            "60.00, 21, 12.60",
            "34.00, 21, 7.14",
            "0.50, 21, 0.11",      // 0.105: half-up
            "0.10, 21, 0.02",      // 0.021
            "-90.00, 21, -18.90",  // a credit note
            "100.00, 9, 9.00",
            "100.00, 0, 0.00"})
    void vatIsTheRateOfTheNetTotalRoundedHalfUpToCents(String net, String rate, String vat) {
        assertThat(BillingRules.vat(Money.of(net), new BigDecimal(rate))).isEqualTo(Money.of(vat));
    }

    @ParameterizedTest(name = "lines {0} and {1} at 21 % -> net {2}, VAT {3}, gross {4}")
    @CsvSource({
            // line, line, net, VAT, gross
            "33.33, 0.67, 34.00, 7.14, 41.14",
            "0.07, 0.07, 0.14, 0.03, 0.17",       // VAT per line would be 0.01 + 0.01: it is taken of the total
            "60.00, -60.00, 0.00, 0.00, 0.00",
            "120.00, -60.00, 60.00, 12.60, 72.60"})
    void vatIsTakenOfTheInvoicesNetTotalNotLineByLine(String first, String second, String net, String vat, String gross) {
        Totals totals = Totals.of(Money.of(first).plus(Money.of(second)), new BigDecimal("21"), "lt");

        assertThat(totals.net()).isEqualTo(Money.of(net));
        assertThat(totals.vat()).isEqualTo(Money.of(vat));
        assertThat(totals.gross()).isEqualTo(Money.of(gross));
    }

    @ParameterizedTest(name = "net {0} payable: {1}")
    @CsvSource({"0.01, true", "72.60, true", "0.00, false", "-60.00, false"})
    void onlySomethingToPayMakesAProforma(String net, boolean payable) {
        assertThat(BillingRules.payable(Money.of(net))).isEqualTo(payable);
    }
}
