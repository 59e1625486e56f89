package lt.pagalba.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import lt.pagalba.shared.Money;

/** The money rules of billing, named and small (B4, B5, B7). */
final class BillingRules {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BillingRules() {
    }

    /** B4: minutes beyond the included ones; none when within. Without a contract nothing is included. */
    static int overage(int billableMinutes, int includedMinutes) {
        return Math.max(0, billableMinutes - includedMinutes);
    }

    /**
     * B5: what a period still owes: its overage now less what invoices already billed for it. Negative
     * when a correction took billed time away: a credit line.
     */
    static int stillToBill(int overageNow, int alreadyBilled) {
        return overageNow - alreadyBilled;
    }

    /** A client whose lines add up to nothing or less gets no proforma: its credit waits for a run with something to pay. */
    static boolean payable(Money net) {
        return net.compareTo(Money.ZERO) > 0;
    }

    /** B4: minutes / 60 × hourly rate, rounded half-up to cents per line. */
    static Money amount(int minutes, Money hourlyRate) {
        return Money.ofRounded(BigDecimal.valueOf(minutes).multiply(hourlyRate.amount()).divide(SIXTY, 10, RoundingMode.HALF_UP));
    }

    /** The line's quantity in hours, two decimals, as the invoice shows it. */
    static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** B7: VAT on the invoice's net total, rounded half-up to cents. */
    static Money vat(Money net, BigDecimal ratePercent) {
        return Money.ofRounded(net.amount().multiply(ratePercent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }
}
