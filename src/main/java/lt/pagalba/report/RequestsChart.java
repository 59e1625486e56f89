package lt.pagalba.report;

import java.util.ArrayList;
import java.util.List;
import lt.pagalba.request.RequestsReport;

/**
 * The received requests as stacked columns in an SVG of {@link #HEIGHT} units high and ten units per step:
 * phone at the bottom, then e-mail, then the web form, each step's total as a share of the largest.
 */
record RequestsChart(int width, List<Column> columns) {

    static final int HEIGHT = 100;
    private static final int STEP = 10;

    /** One step's three parts, each as its top edge and height in the drawing's units. */
    record Column(int x, String label, long total, Part phone, Part email, Part web) {
    }

    record Part(double y, double height) {
    }

    static RequestsChart of(RequestsReport.ReceivedRequests report) {
        long largest = Math.max(1, report.items().stream().mapToLong(RequestsReport.ReceivedCount::total).max().orElse(1));
        List<Column> columns = new ArrayList<>();
        int x = 0;
        for (RequestsReport.ReceivedCount line : report.items()) {
            double phone = scaled(line.phone(), largest);
            double email = scaled(line.email(), largest);
            double web = scaled(line.web(), largest);
            columns.add(new Column(x + 1, line.start().toString(), line.total(), new Part(HEIGHT - phone, phone),
                    new Part(HEIGHT - phone - email, email), new Part(HEIGHT - phone - email - web, web)));
            x += STEP;
        }
        return new RequestsChart(Math.max(STEP, x), columns);
    }

    private static double scaled(long count, long largest) {
        return Math.round(1000.0 * HEIGHT * count / largest) / 1000.0;
    }
}
