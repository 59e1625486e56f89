package lt.pagalba.billing;

import lt.pagalba.shared.Period;
import lt.pagalba.shared.Text;

/**
 * A period filter as typed in an invoice list's query: blank filters nothing, and text that names
 * no period (a typo in the list's filter box) matches no invoice rather than failing the page.
 */
record PeriodFilter(Period period, boolean matchesNothing) {

    static PeriodFilter of(String text) {
        if (Text.isBlank(text)) {
            return new PeriodFilter(null, false);
        }
        try {
            return new PeriodFilter(Period.parse(text), false);
        } catch (IllegalArgumentException noPeriod) {
            return new PeriodFilter(null, true);
        }
    }
}
