package lt.pagalba.report;

import java.time.temporal.ChronoUnit;
import lt.pagalba.request.RequestsReport;
import lt.pagalba.shared.ReportPeriod;

/** The step the page counts received requests in: the one asked for, else one that keeps the chart readable. */
final class Steps {

    private Steps() {
    }

    /** Days for up to a month, weeks for up to a quarter, months beyond. */
    static RequestsReport.By of(String asked, ReportPeriod period) {
        if (asked != null) {
            for (RequestsReport.By by : RequestsReport.By.values()) {
                if (by.name().equalsIgnoreCase(asked.trim())) {
                    return by;
                }
            }
        }
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        return days <= 31 ? RequestsReport.By.DAY : days <= 92 ? RequestsReport.By.WEEK : RequestsReport.By.MONTH;
    }
}
