package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A month is billed once it has ended: a month to come, this month and the year 1 are refused, dry runs too. */
class UnendedMonthTests extends ApiTestSupport {

    private Api accountant() {
        return staffMember(unique("buh"), "ACCOUNTANT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2099-01", "9999-12", "0001-01", "1999-12", "current", "next"})
    void aMonthThatHasNotEndedIsNotBilled(String month) {
        YearMonth now = YearMonth.from(Vilnius.today());
        String period = switch (month) {
            case "current" -> now.toString();
            case "next" -> now.plusMonths(1).toString();
            default -> month;
        };
        Api accountant = accountant();
        for (String dryRun : new String[]{"true", "false"}) {
            var refused = accountant.language("en").post("/api/v1/billing-runs",
                    "{\"period\": \"%s\", \"dryRun\": %s}".formatted(period, dryRun));
            assertThat(refused.status()).as(period + " " + refused.text()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("period");
            if (!period.startsWith("0")) {
                assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("once it has ended");
            }
        }
        assertThat(accountant.get("/api/v1/invoices?period=" + period).json().path("total").asInt()).isZero();
    }

    @Test
    void lastMonthIsBilled() {
        String last = YearMonth.from(Vilnius.today()).minusMonths(1).toString();
        var preview = accountant().post("/api/v1/billing-runs", "{\"period\": \"%s\", \"dryRun\": true}".formatted(last));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    }
}
