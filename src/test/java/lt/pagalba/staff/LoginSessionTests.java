package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A login survives a request of the same browser that was still under way when the login began.
 * The browser holds the anonymous session of the login page (its CSRF token) and may still be fetching
 * something with it, its icon say, when the login's answer gives it the new session. That late request
 * saves its copy of the session when it ends; the login must not be undone by it.
 */
class LoginSessionTests extends ApiTestSupport {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void aRequestOfTheLoginPagesSessionThatEndsAfterTheLoginDoesNotLogTheStaffMemberOut() {
        String username = unique("seansas");
        staffMember(username, "CONSULTANT");
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = sessionId(browser);
        Session stillUnderWay = sessions.findById(before); // a request of the login page, begun before the login

        WebSession.Page home = browser.submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(home.html()).as("the login itself").doesNotContain("id=\"login-form\"");
        assertThat(sessionId(browser)).as("a new session id at login").isNotEqualTo(before);
        stillUnderWay.setLastAccessedTime(Instant.now());
        save(stillUnderWay); // ... and ends now, saving its copy as every request that read the session does

        WebSession.Page next = browser.get("/");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.html()).as("the next page after the login").doesNotContain("id=\"login-form\"");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void save(Session session) {
        ((SessionRepository) sessions).save(session);
    }

    /** The session cookie holds the session's id in Base64, as Spring Session writes it. */
    private static String sessionId(WebSession browser) {
        String cookie = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie"));
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.ISO_8859_1);
    }
}
