package lt.pagalba.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as rows for a spreadsheet: column titles (message keys) and rows of cells, each a text, a whole
 * number, an amount ({@link lt.pagalba.shared.Money}), a decimal ({@link java.math.BigDecimal}), a day or
 * null; {@link TableSheets} writes it as CSV and XLSX alike, so the two files always hold the same.
 */
record Table(String sheetKey, List<String> columnKeys, List<List<Object>> rows) {

    static Table of(String sheetKey, String... columnKeys) {
        return new Table(sheetKey, List.of(columnKeys), new ArrayList<>());
    }

    Table row(Object... cells) {
        if (cells.length != columnKeys.size()) {
            throw new IllegalArgumentException("A row of " + columnKeys.size() + " cells, not " + cells.length);
        }
        rows.add(Arrays.asList(cells));
        return this;
    }
}
