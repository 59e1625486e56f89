package lt.pagalba.request;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns words typed in the search box into a PostgreSQL text query over the request's accent-free
 * {@code simple} vector (see docs/request.md, "Searching the journal"): accents dropped, every word
 * required, each a prefix of a word in the request after a common Lithuanian ending is cut off
 * ({@link LithuanianEndings}), so {@code ataskaitos} finds {@code ataskaita}. Digits are numbers:
 * a short one is the number without its year and zeros ({@code 123}), a long one a prefix of a number
 * or phone; a phone typed in groups ({@code +370 612 34567}) is one word of its digits.
 */
final class RequestSearchQuery {

    // a request number (2026-000123) is not a phone, although it is digits and a hyphen
    private static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{1,6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s()-]+");
    // compiled once: String.replaceAll and split compile their expression on every call (4-5 % of the app's CPU
    // for a search by number, issue 18)
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final int PHONE_DIGITS = 7;
    private static final int NUMBER_DIGITS = 6;

    private RequestSearchQuery() {
    }

    static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String trimmed = typed.strip();
        String digits = NOT_DIGIT.matcher(trimmed).replaceAll("");
        if (PHONE.matcher(trimmed).matches() && !NUMBER.matcher(trimmed).matches() && digits.length() >= PHONE_DIGITS
                && !trimmed.equals(digits)) {
            return digits + ":*";
        }
        String plain = MARK.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String query = Arrays.stream(BETWEEN_WORDS.split(plain))
                .map(word -> EDGE_HYPHENS.matcher(word).replaceAll(""))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(RequestSearchQuery::term)
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }

    private static String term(String word) {
        if (word.contains("-")) {
            return "'" + word + "'";
        }
        if (word.chars().allMatch(Character::isDigit)) {
            if (word.length() >= NUMBER_DIGITS) {
                return word + ":*";
            }
            return LEADING_ZEROS.matcher(word).replaceFirst("");
        }
        return LithuanianEndings.stem(word) + ":*";
    }
}
