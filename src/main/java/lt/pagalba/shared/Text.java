package lt.pagalba.shared;

/** Small rules for text typed by people. */
public final class Text {

    private Text() {
    }

    /** Text as given without surrounding spaces; nothing typed (null, empty, only spaces) is null. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
