package lt.pagalba.shared;

/**
 * One bad field of an input: its JSON path ({@code contact.phone}), a stable code ({@code required},
 * {@code invalid}, {@code too_long}, …) and the key of a message that explains it.
 */
public record FieldProblem(String field, String code, String messageKey, Object... arguments) {

    public static FieldProblem required(String field) {
        return new FieldProblem(field, "required", "validation.required");
    }

    public static FieldProblem invalid(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, "invalid", messageKey, arguments);
    }
}
