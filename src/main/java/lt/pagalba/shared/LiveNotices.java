package lt.pagalba.shared;

import java.util.Objects;

/**
 * Tells the pages staff have open, the moment something happens (an urgent request, say), without
 * the module that knows it depending on how pages are reached: {@code web} delivers the notices as
 * server-sent events. A notice sent inside a transaction goes out only if that transaction commits.
 */
public interface LiveNotices {

    /** Sends {@code payload} (written as JSON) as an event named {@code kind} to the pages of the audience. */
    void send(Audience audience, String kind, Object payload);

    /** Who is told: one staff member, or everyone with a role. */
    record Audience(String username, Role role) {

        public Audience {
            if ((username == null) == (role == null)) {
                throw new IllegalArgumentException("An audience is one staff member or one role");
            }
        }

        public static Audience staffMember(String username) {
            return new Audience(Objects.requireNonNull(username), null);
        }

        public static Audience everyone(Role role) {
            return new Audience(null, Objects.requireNonNull(role));
        }

        /** Whether the notice is meant for this staff member. */
        public boolean includes(Actor viewer) {
            return role == null ? username.equals(viewer.name()) : viewer.hasRole(role);
        }
    }
}
