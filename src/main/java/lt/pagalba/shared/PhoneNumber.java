package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +37052780670}). Numbers written the Lithuanian way
 * ({@code 8 5 278 0670}, {@code (8 5) 278 0670}, {@code 867301937}) are read with Lithuania as the
 * default region. Written as its E.164 text in JSON.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "LT";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    /** Parsing is costly and the same numbers come again and again (every request of a contact). */
    private static final Cache<String, Optional<PhoneNumber>> PARSED = Caffeine.newBuilder().maximumSize(20_000).build();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not an E.164 phone number: " + e164);
        }
    }

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        return PARSED.get(text, PhoneNumber::parseUncached);
    }

    private static Optional<PhoneNumber> parseUncached(String text) {
        try {
            var number = UTIL.parse(text.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An optional number as typed into a form already checked by {@link ValidPhone}: blank is null, and
     * text that is no phone number is refused (a check that was missed, not the user's mistake).
     */
    public static PhoneNumber ofOptional(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a phone number: " + text));
    }

    @JsonValue
    @Override
    public String toString() {
        return e164;
    }
}
