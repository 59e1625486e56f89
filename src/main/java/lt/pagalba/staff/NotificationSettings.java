package lt.pagalba.staff;

import java.util.Locale;

/**
 * What a staff member wants e-mailed, per kind of notice, and in which language ({@code lt} or
 * {@code en}); the live notices on open pages come whatever these say.
 */
public record NotificationSettings(String language, boolean lead, boolean member, boolean urgent, boolean escalation) {

    /** Until someone chooses: what needs them now (lead, urgent, escalation) comes by mail; joining as a member does not. */
    public static final NotificationSettings DEFAULTS = new NotificationSettings("lt", true, false, true, true);

    /** The kinds of notice a staff member chooses about. */
    public enum Kind {
        /** Made lead of a request. */
        LEAD,
        /** Added to a request's working group as a member. */
        MEMBER,
        /** Given an urgent request (R6). */
        URGENT,
        /** A service-level target of their request near or past. */
        ESCALATION
    }

    public NotificationSettings {
        language = "en".equals(language) ? "en" : "lt";
    }

    public boolean wants(Kind kind) {
        return switch (kind) {
            case LEAD -> lead;
            case MEMBER -> member;
            case URGENT -> urgent;
            case ESCALATION -> escalation;
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
