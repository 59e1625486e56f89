package lt.pagalba.client;

import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;

/**
 * How a client without a contract is billed (R14, B1, B2): per month or quarter, at an hourly rate
 * (and one for additional work), with each entry rounded up to the increment and at least the minimum.
 */
public record BillingSettings(PeriodLength period, Money hourlyRate, Money additionalWorkRate, int incrementMinutes,
                              int minimumMinutes) {

    static final int DEFAULT_INCREMENT = 1;
    static final int DEFAULT_MINIMUM = 0;

    /** Monthly, no rates agreed yet, every minute counted. */
    static final BillingSettings DEFAULT = new BillingSettings(PeriodLength.MONTH, null, null, DEFAULT_INCREMENT,
            DEFAULT_MINIMUM);

    public BillingSettings {
        if (period == null || incrementMinutes < 1 || minimumMinutes < 0) {
            throw new IllegalArgumentException("Invalid billing settings");
        }
    }

    /** The rate for additional work: its own when agreed, else the hourly rate. */
    public Money effectiveAdditionalWorkRate() {
        return additionalWorkRate != null ? additionalWorkRate : hourlyRate;
    }
}
