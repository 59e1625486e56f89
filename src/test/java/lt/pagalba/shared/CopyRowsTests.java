package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: {@link CopyRows} writes ids, numbers and days unquoted and quotes only texts. Whatever a text
 * holds (quotes, commas, line breaks, CSV's end-of-data marker, Lithuanian letters, characters beyond the
 * basic plane, nothing at all) comes back from the real server exactly as written, an empty text stays
 * empty and a null stays null, across more rows than one chunk sent to the server holds.
 */
class CopyRowsTests extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyValueComesBackAsItWasWritten() {
        List<String> texts = List.of("", "\"", "\"\"", "a,b", "eilutė\nkita", "\r\n", "\\.", "\\.\n", "UAB „Stekas“",
                "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ", "😀 emoji", " tarpai ", "NULL", "\\N", "kabutė \" viduryje", ",", "\"pradžia", "pabaiga\"");
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.of(2026, 10, 31, 23, 59, 59, 123_456_000, ZoneOffset.ofHours(2));
        for (int i = 0; i < 3000; i++) {   // some 300 kB: several chunks
            String text = texts.get(i % texts.size());
            rows.add(new Object[]{i, UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()), text, i % 7 == 0 ? null : text,
                    new BigDecimal("-1234567.80").add(BigDecimal.valueOf(i)), (long) i * 1_000_000_007L,
                    LocalDate.of(2026, 1, 1).plusDays(i % 365), at, i % 2 == 0 ? "{\"vardas\":\"" + text.replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"}" : null});
        }
        List<Object[]> back = transactions.execute(status -> {
            jdbc.execute("""
                    CREATE TEMP TABLE copied (n int, id uuid, text varchar(100) NOT NULL, maybe text, amount numeric(12,2),
                                              big bigint, day date, at timestamptz, doc jsonb) ON COMMIT DROP""");
            assertThat(CopyRows.copy(jdbc, "copied", "n, id, text, maybe, amount, big, day, at, doc", rows)).isEqualTo(rows.size());
            return jdbc.query("SELECT n, id, text, maybe, amount, big, day, at, doc::text FROM copied ORDER BY n", (rs, n) -> new Object[]{
                    rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getLong(6),
                    rs.getObject(7, LocalDate.class), rs.getObject(8, OffsetDateTime.class), rs.getString(9)});
        });
        assertThat(back).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] written = rows.get(i);
            Object[] read = back.get(i);
            assertThat(Arrays.copyOf(read, 7)).as("row %d", i).containsExactly(Arrays.copyOf(written, 7));
            assertThat(((OffsetDateTime) read[7]).toInstant()).isEqualTo(at.toInstant());
            if (written[8] == null) {
                assertThat(read[8]).isNull();
            } else {
                assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree((String) read[8]).path("vardas").asString())
                        .as("row %d", i).isEqualTo(written[2]);
            }
        }
    }
}
