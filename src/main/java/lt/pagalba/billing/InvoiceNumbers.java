package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gapless numbers per series and year (R17), in plain SQL. */
@Repository
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of a series and year; the counter row stays locked until the transaction ends (gapless). */
    String next(InvoiceType type, int year) {
        return next(type, year, 1).get(0);
    }

    /**
     * The next {@code count} numbers of a series and year, in order, in one statement; the counter row
     * stays locked until the transaction ends, so they stay gapless (a rolled back run gives them back).
     */
    List<String> next(InvoiceType type, int year, int count) {
        if (count == 0) {
            return List.of();
        }
        int last = jdbc.sql("""
                INSERT INTO invoice_number (series, year, last) VALUES (:series, :year, :count)
                ON CONFLICT (series, year) DO UPDATE SET last = invoice_number.last + :count RETURNING last
                """).param("series", type.series()).param("year", year).param("count", count).query(Integer.class).single();
        List<String> numbers = new ArrayList<>(count);
        // as "%s-%d-%06d", without parsing a format ten thousand times in a run
        String prefix = type.series() + "-" + year + "-";
        for (int n = last - count + 1; n <= last; n++) {
            String digits = Integer.toString(n);
            numbers.add(digits.length() >= 6 ? prefix + digits : prefix + "000000".substring(digits.length()) + digits);
        }
        return numbers;
    }
}
