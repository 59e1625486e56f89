package lt.pagalba.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on the caller's transaction's
 * connection (issue 18): a billing run writes 10,000 invoices, 20,000 lines and 20,000 billed ranges,
 * and COPY takes each table's in one stream instead of multi-row INSERTs binding 27 parameters a row.
 * A null is CSV's unquoted nothing; numbers, ids and days are written as they are; every other value
 * is quoted (so an empty text stays empty).
 */
public final class CopyRows {

    /** What is sent to the server at a time. */
    private static final int CHUNK = 1 << 16;

    private CopyRows() {
    }

    /**
     * Copies the rows into the table's columns; answers how many the server took. The rows are read as
     * they are sent: rows made as they are asked for (a lazy {@code Iterable}) are made while the server
     * takes those sent before, on the other core (issue 18: a run's invoices are made while they are written).
     */
    public static long copy(JdbcTemplate jdbc, String table, String columns, Iterable<Object[]> rows) {
        Iterator<Object[]> each = rows.iterator();
        if (!each.hasNext()) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
            try {
                StringBuilder csv = new StringBuilder(CHUNK + 4096);
                while (each.hasNext()) {
                    Object[] row = each.next();
                    for (int n = 0; n < row.length; n++) {
                        if (n > 0) {
                            csv.append(',');
                        }
                        append(csv, row[n]);
                    }
                    csv.append('\n');
                    if (csv.length() >= CHUNK) {
                        send(in, csv);
                    }
                }
                send(in, csv);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
        return copied == null ? 0 : copied;
    }

    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        // nothing CSV treats specially can be in these: written as they are, unquoted (issue 18: a run's
        // 50,000 rows spent a tenth of their writing on quoting ids and amounts character by character)
        if (value instanceof BigDecimal d) {
            csv.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof UUID || value instanceof LocalDate) {
            csv.append(value);
        } else {
            quoted(csv, value.toString());
        }
    }

    /** A text in quotes, each quote in it doubled: an empty text stays empty, unlike CSV's unquoted null. */
    private static void quoted(StringBuilder csv, String text) {
        csv.append('"');
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            csv.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        csv.append(text, from, text.length()).append('"');
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        if (!csv.isEmpty()) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        }
    }
}
