package lt.pagalba.journal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration typed in a hurry into whole minutes: {@code 45}, {@code 0:45}, {@code 1h30m},
 * {@code 1 h 30 min}, {@code 1,5 h}, {@code 1.5val}, {@code 90 min}. A bare number is minutes.
 */
final class DurationParser {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final Pattern PARTS = Pattern.compile(
            "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:h|val\\.?|valandos?|valandų|hours?))?\\s*(?:(\\d+)\\s*(?:m|min\\.?|minutės?|minučių|minutes?))?");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,4}");

    private DurationParser() {
    }

    static Optional<Integer> minutes(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 30) {
            return Optional.empty();
        }
        if (MINUTES.matcher(text).matches()) {
            return positive(Integer.parseInt(text));
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            return positive(Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2)));
        }
        Matcher parts = PARTS.matcher(text);
        if (parts.matches() && (parts.group(1) != null || parts.group(2) != null)) {
            BigDecimal hours = parts.group(1) == null ? BigDecimal.ZERO : new BigDecimal(parts.group(1).replace(',', '.'));
            int fromHours = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
            int minutes = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
            return positive(fromHours + minutes);
        }
        return Optional.empty();
    }

    private static Optional<Integer> positive(int minutes) {
        return minutes > 0 ? Optional.of(minutes) : Optional.empty();
    }
}
