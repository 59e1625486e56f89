package lt.pagalba.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns of stacked parts in an SVG {@link #HEIGHT} units high and {@link #STEP} units per column, drawn on
 * the server as {@link RequestsChart} draws the requests: each column's total as a share of the largest (or of
 * a fixed top, such as 5 for ratings). A part below zero (a month where credit notes took back more than was
 * billed) is drawn as nothing; the table beside it tells.
 */
record ColumnChart(int width, List<Column> columns) {

    static final int HEIGHT = 100;
    static final int STEP = 12;

    /** One column: its label, the text of its tooltip and its parts from the bottom up. */
    record Column(int x, String label, String title, List<Part> parts) {
    }

    record Part(String kind, double y, double height) {
    }

    /** What one column shows: its parts' values in the order of {@code kinds}. */
    record Values(String label, String title, List<BigDecimal> values) {
    }

    static ColumnChart of(List<String> kinds, List<Values> columns, BigDecimal top) {
        BigDecimal largest = top;
        if (largest == null) {
            largest = columns.stream().map(c -> c.values().stream().map(ColumnChart::positive).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        }
        double whole = largest.signum() > 0 ? largest.doubleValue() : 1;
        List<Column> drawn = new ArrayList<>();
        int x = 0;
        for (Values column : columns) {
            List<Part> parts = new ArrayList<>();
            double bottom = HEIGHT;
            for (int k = 0; k < kinds.size(); k++) {
                double height = Math.min(bottom, Math.round(1000.0 * HEIGHT * positive(column.values().get(k)).doubleValue() / whole) / 1000.0);
                bottom -= height;
                parts.add(new Part(kinds.get(k), bottom, height));
            }
            drawn.add(new Column(x + 1, column.label(), column.title(), parts));
            x += STEP;
        }
        return new ColumnChart(Math.max(STEP, x), drawn);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
