package lt.pagalba.web;

import java.util.Collection;

/** The stable code of a broken constraint, for programs: required, too_long, too_short, out_of_range, invalid. */
final class ConstraintCodes {

    private ConstraintCodes() {
    }

    /**
     * @param constraint the constraint's simple name ({@code NotBlank}, {@code Size}, …), or null
     * @param rejected   the value refused
     * @param arguments  as Spring gives them: the field name, then the constraint's attributes by name (max, min)
     */
    static String codeOf(String constraint, Object rejected, Object[] arguments) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> lengthOf(rejected) > maxOf(arguments) ? "too_long" : "too_short";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "Range" -> "out_of_range";
            default -> "invalid";
        };
    }

    /** The most general of a resolvable error's codes, which is the constraint's simple name. */
    static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
    }

    private static int lengthOf(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        return 0;
    }

    private static long maxOf(Object[] arguments) {
        if (arguments != null && arguments.length > 1 && arguments[1] instanceof Number max) {
            return max.longValue();
        }
        return Long.MAX_VALUE;
    }
}
