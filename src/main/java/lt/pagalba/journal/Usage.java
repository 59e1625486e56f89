package lt.pagalba.journal;

import java.util.List;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/**
 * How much of a contract period a client used (B3, B4): per category the billable minutes, the
 * included minutes (null without a contract), and what is left or beyond.
 */
public record Usage(Period period, String contractNumber, List<CategoryUsage> categories) {

    public record CategoryUsage(WorkCategory category, int billableMinutes, Integer includedMinutes) {

        public int remainingMinutes() {
            return includedMinutes == null ? 0 : Math.max(0, includedMinutes - billableMinutes);
        }

        public int exceededMinutes() {
            return includedMinutes == null ? billableMinutes : Math.max(0, billableMinutes - includedMinutes);
        }

        /** Share of the included time used, in whole percent; null when nothing is included. */
        public Integer percentUsed() {
            return includedMinutes == null || includedMinutes == 0 ? null : billableMinutes * 100 / includedMinutes;
        }

        /** 0 below 80 %, 80 from 80 % and 100 from 100 % of the included time used. */
        public int warningLevel() {
            Integer percent = percentUsed();
            if (includedMinutes != null && includedMinutes == 0 && billableMinutes > 0) {
                return 100;
            }
            return percent == null ? 0 : percent >= 100 ? 100 : percent >= 80 ? 80 : 0;
        }
    }

    public CategoryUsage of(WorkCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    /** The highest warning level of any category with included time. */
    public int warningLevel() {
        return contractNumber == null ? 0 : categories.stream().mapToInt(CategoryUsage::warningLevel).max().orElse(0);
    }
}
