package lt.pagalba.support;

import lt.pagalba.shared.LiveNotices;

/**
 * Stands in for the web shell's live notifications in module tests that start the request module
 * without web ({@code @Import} it): notices go nowhere (web's own tests and the browser tests prove
 * they arrive).
 */
public class NoLiveNotices implements LiveNotices {

    @Override
    public void send(Audience audience, String kind, Object payload) {
        // nobody listens in a module test
    }
}
