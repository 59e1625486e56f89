package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The wording issue 13 item 16 asked to fix, held in place: older entries are "senesni", a status filter
 * says "visos", one gender for the administrator, "atsakingas" for the lead, "ne mažiau kaip"; in English
 * "Summary", "Request history", "Status change".
 */
class DeskWordingTests {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void lithuanianSaysWhatANativeSpeakerWould() throws IOException {
        Properties lt = bundle("lt");
        assertThat(lt.getProperty("journal.workDate.tooOld")).contains("ne senesnė kaip prieš {0} dienas", "senesnius įrašus",
                "administratorius, nurodęs");
        assertThat(lt.getProperty("billing.inv.markPaid")).isEqualTo("Pažymėti kaip apmokėtą");
        assertThat(lt.getProperty("filter.anyStatus")).isEqualTo("visos");
        assertThat(lt.getProperty("contract.roundingText")).contains("ne mažiau kaip {1} min.");
        assertThat(lt.stringPropertyNames()).allSatisfy(key -> assertThat(lt.getProperty(key)).as(key)
                .doesNotContain("administratorė", "nurodžiusi", "vadov", "vėlesnius įrašus"));
    }

    @Test
    void englishNamesTheRequestsPartsPlainly() throws IOException {
        Properties en = bundle("en");
        assertThat(en.getProperty("request.summary")).isEqualTo("Summary");
        assertThat(en.getProperty("request.timeline")).isEqualTo("Request history");
        assertThat(en.getProperty("request.statusChange")).isEqualTo("Status change");
        assertThat(en.getProperty("event.STATUS_CHANGED")).isEqualTo("Status change");
        assertThat(en.stringPropertyNames()).allSatisfy(key -> assertThat(en.getProperty(key)).as(key).doesNotContain("Purpose"));
    }
}
