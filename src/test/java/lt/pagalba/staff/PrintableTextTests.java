package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop decides every code point as Spring Security's own expressions do. */
class PrintableTextTests {

    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void decidesEveryCodePointAsTheExpressionsDo() {
        List<String> differ = new ArrayList<>();
        for (int point = 0; point <= Character.MAX_CODE_POINT; point++) {
            String alone = Character.toString(point);
            String inText = "Bearer " + alone + "x";
            for (String text : List.of(alone, inText)) {
                if (PrintableText.NAME.test(text) != NAME.matcher(text).matches()
                        || PrintableText.HEADER_VALUE.test(text) != HEADER_VALUE.matcher(text).matches()) {
                    differ.add(Integer.toHexString(point));
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void decidesSurrogatesAsTheExpressionsDo() {
        // a pair is one code point (assigned or not); a lone half is a code point of its own (assigned, not a control)
        List<String> texts = List.of("\uD83D\uDE00", "a\uD83Db", "\uDE00", "\uDBFF\uDFFF", "x\uD83D", "\uDE00\uD83D");
        for (String text : texts) {
            assertThat(PrintableText.NAME.test(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(PrintableText.HEADER_VALUE.test(text)).as(text).isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }

    @Test
    void refusesControlsAndUnassignedKeepsTabsInValuesOnly() {
        assertThat(PrintableText.HEADER_VALUE.test("Basic YWRtaW46\tc2VjcmV0")).isTrue();
        assertThat(PrintableText.NAME.test("X-Name\t")).isFalse();
        assertThat(PrintableText.HEADER_VALUE.test("ona\u0085")).isFalse();   // a C1 control, as ISO-8859-1 byte 0x85
        assertThat(PrintableText.HEADER_VALUE.test("ona\u007F")).isFalse();
        assertThat(PrintableText.HEADER_VALUE.test("\u0378")).isFalse();      // unassigned
        assertThat(PrintableText.HEADER_VALUE.test("Onaitė, Šiauliai")).isTrue();
    }
}
