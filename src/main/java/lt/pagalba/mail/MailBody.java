package lt.pagalba.mail;

/** The body of an e-mail: plain text, and HTML or null when the mail is plain text only. */
public record MailBody(String text, String html) {

    public static MailBody text(String text) {
        return new MailBody(text, null);
    }
}
