package lt.pagalba.shared;

/**
 * The request is valid but conflicts with the current state (an overlapping contract, a billed
 * entry): the API answers 409. The message key is resolved in the user's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
