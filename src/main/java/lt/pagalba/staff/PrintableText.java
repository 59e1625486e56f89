package lt.pagalba.staff;

import java.util.function.Predicate;

/**
 * The firewall's rule for header names and values and for parameter names, as Spring Security's
 * {@code StrictHttpFirewall} states it by default — every code point assigned in Unicode and none a
 * control character (a header value may hold a tab) — checked with a loop instead of its regular
 * expression. Spring Security checks the header on every read of it, a dozen times per API call,
 * and the expression's matcher was a tenth of a registration's CPU (bench/RESULTS.md). Printable
 * ASCII, nearly every character of a real header, is decided without a Unicode lookup.
 */
final class PrintableText {

    /** Names of headers and parameters: {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static final Predicate<String> NAME = text -> printable(text, false);
    /** Header values: the same, and tabs ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). */
    static final Predicate<String> HEADER_VALUE = text -> printable(text, true);

    private PrintableText() {
    }

    static boolean printable(String text, boolean tabs) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || tabs && c == '\t') {
                continue;
            }
            int point = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                point = Character.toCodePoint(c, text.charAt(++i));
            }
            int type = Character.getType(point);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
        }
        return true;
    }
}
