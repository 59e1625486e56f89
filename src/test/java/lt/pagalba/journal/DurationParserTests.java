package lt.pagalba.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTests {

    @ParameterizedTest(name = "{0} = {1} min")
    @CsvSource(delimiter = '|', value = {
            "45|45", "0:45|45", "1:30|90", "1h30m|90", "1h 30m|90", "1 h 30 min|90", "1,5 h|90", "1.5h|90",
            "1,5 val.|90", "2 val|120", "90 min|90", "90min|90", "2h|120", " 15 |15", "0,25 h|15", "1 val. 15 min.|75",
            "24:00|1440"})
    void durationsAreUnderstoodAsPeopleTypeThem(String typed, int minutes) {
        assertThat(DurationParser.minutes(typed)).contains(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0", "0:00", "1:75", "h", "-5", "1,5", "12345", "1h30", "five minutes"})
    void otherTextIsNotADuration(String typed) {
        assertThat(DurationParser.minutes(typed)).isEmpty();
    }
}
