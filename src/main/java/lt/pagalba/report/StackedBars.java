package lt.pagalba.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars for an SVG drawn on the server, {@link #WIDTH} units wide and {@link #ROW} units per bar:
 * each bar is its parts laid end to end, as shares of the longest bar. The largest rows only ({@link #MOST}); the
 * table below the chart lists them all.
 */
record StackedBars(int height, List<Bar> bars, int hidden) {

    static final int WIDTH = 100;
    static final int ROW = 10;
    static final int MOST = 15;

    /** One bar: its label, its total, and each part's left edge and width. */
    record Bar(String key, String label, long total, double y, List<Part> parts) {
    }

    record Part(String kind, long value, double x, double width) {
    }

    /** A row to draw: its values in the order of {@code kinds}. */
    record Row(String key, String label, long[] values) {
    }

    static StackedBars of(List<String> kinds, List<Row> rows) {
        List<Row> shown = rows.stream().filter(r -> total(r) > 0).limit(MOST).toList();
        long longest = Math.max(1, shown.stream().mapToLong(StackedBars::total).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Row row = shown.get(i);
            List<Part> parts = new ArrayList<>();
            double x = 0;
            for (int k = 0; k < kinds.size(); k++) {
                double width = Math.round(1000.0 * WIDTH * Math.max(0, row.values()[k]) / longest) / 1000.0;
                parts.add(new Part(kinds.get(k), row.values()[k], x, width));
                x += width;
            }
            bars.add(new Bar(row.key(), row.label(), total(row), i * ROW + 1, List.copyOf(parts)));
        }
        return new StackedBars(Math.max(ROW, shown.size() * ROW), List.copyOf(bars), rows.size() - shown.size());
    }

    private static long total(Row row) {
        long sum = 0;
        for (long v : row.values()) {
            sum += Math.max(0, v);
        }
        return sum;
    }
}
