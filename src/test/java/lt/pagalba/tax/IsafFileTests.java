package lt.pagalba.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The i.SAF file's own rules, without the application: VMI's schema types FileDateCreated as
 * xs:dateTime, which needs the seconds even on a whole minute (a file made at 15:54:00 was refused
 * once because {@code OffsetDateTime.toString()} writes {@code 15:54+02:00}).
 */
class IsafFileTests {

    @Test
    void aFileMadeOnAWholeMinuteStillCarriesItsSecondsAndValidates() throws Exception {
        OffsetDateTime wholeMinute = OffsetDateTime.of(2026, 12, 1, 15, 54, 0, 0, ZoneOffset.ofHours(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IsafFile.write(YearMonth.of(2026, 11), "300000003", "test", List.of(), wholeMinute, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<FileDateCreated>2026-12-01T15:54:00+02:00</FileDateCreated>");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/isaf/isaf_1_2.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void theCreationTimeDropsItsFractionOfASecond() {
        OffsetDateTime withNanos = OffsetDateTime.of(2026, 12, 1, 9, 5, 7, 123_456_789, ZoneOffset.ofHours(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IsafFile.write(YearMonth.of(2026, 11), "300000003", "test", List.of(), withNanos, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<FileDateCreated>2026-12-01T09:05:07+02:00</FileDateCreated>");
    }
}
