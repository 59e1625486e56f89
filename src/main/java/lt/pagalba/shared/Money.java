package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount in euros with exactly two decimals. Amounts are rounded half-up to cents only where a
 * rule says so ({@link #ofRounded}); {@link #of} refuses more than two decimals.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("An amount is required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money has at most two decimals: " + amount);
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("Amount out of range: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(String text) {
        return new Money(new BigDecimal(text.trim()));
    }

    public static Money ofRounded(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    private static final Pattern RATE = Pattern.compile("\\d{1,8}([.,]\\d{1,2})?");

    /** True when the text is a non-negative amount with at most two decimals, e.g. {@code 45} or {@code 45.00}. */
    public static boolean isValidRate(String text) {
        return text != null && RATE.matcher(text.trim()).matches();
    }

    /** Reads a rate typed in a form or JSON; a decimal comma is accepted. Blank is null. */
    public static Money parseRate(String text) {
        return text == null || text.isBlank() ? null : of(text.trim().replace(',', '.'));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @JsonValue
    public String text() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return text();
    }
}
