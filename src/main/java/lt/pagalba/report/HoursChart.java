package lt.pagalba.report;

import java.util.List;
import lt.pagalba.journal.HoursReport;

/**
 * The hours report as bars: the largest lines, each as a share of the largest, its billable part
 * within it. Drawn on the server, so the page needs no script and prints as it shows.
 */
record HoursChart(List<Bar> bars, int hidden) {

    static final int MOST = 15;

    record Bar(String name, long minutes, long billableMinutes, int percent, int billablePercent) {
    }

    static HoursChart of(HoursReport.Hours report) {
        List<HoursReport.Line> lines = report.items().stream().filter(l -> l.minutes() > 0).limit(MOST).toList();
        long largest = lines.stream().mapToLong(l -> Math.max(l.minutes(), l.billableMinutes())).max().orElse(1);
        List<Bar> bars = lines.stream().map(l -> new Bar(l.name(), l.minutes(), l.billableMinutes(),
                share(l.minutes(), largest), share(l.billableMinutes(), largest))).toList();
        return new HoursChart(bars, Math.max(0, report.items().size() - bars.size()));
    }

    private static int share(long part, long whole) {
        return (int) Math.min(100, Math.round(100.0 * Math.max(0, part) / whole));
    }
}
