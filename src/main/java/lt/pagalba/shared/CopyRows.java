package lt.pagalba.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on the caller's transaction's
 * connection (issue 18): a billing run writes 10,000 invoices, 20,000 lines and 20,000 billed ranges,
 * and COPY takes each table's in one stream instead of multi-row INSERTs binding 27 parameters a row.
 * Every value that is not null is quoted (so an empty text stays empty, a null is CSV's unquoted
 * nothing); numbers plain, dates and ids as their ISO text.
 */
public final class CopyRows {

    /** What is sent to the server at a time. */
    private static final int CHUNK = 1 << 16;

    private CopyRows() {
    }

    /** Copies the rows into the table's columns; answers how many the server took. */
    public static long copy(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
            try {
                StringBuilder csv = new StringBuilder(CHUNK + 4096);
                for (Object[] row : rows) {
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
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        if (!csv.isEmpty()) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        }
    }
}
