package lt.pagalba.contract;

import lt.pagalba.shared.Money;
import lt.pagalba.shared.WorkCategory;

/** Per category: minutes included in each contract period, and the hourly rate beyond them (B2, B4). */
public record Allowance(WorkCategory category, int includedMinutes, Money overageHourlyRate) {

    public Allowance {
        if (category == null || includedMinutes < 0 || overageHourlyRate == null) {
            throw new IllegalArgumentException("Invalid allowance");
        }
    }
}
