package lt.pagalba.statement;

/**
 * An opt-in as the API and the page send it: {@code requestedAt} an ISO date-time with offset (or a
 * local date-time in Vilnius from the page), {@code evidence} the e-mail it came in (e.g.
 * {@code email <Message-ID>}) or pasted text, {@code frequency} ON_REQUEST, MONTH or QUARTER.
 */
public record SubscriptionForm(String email, String requestedAt, String evidence, String frequency)
        implements java.io.Serializable {
}
