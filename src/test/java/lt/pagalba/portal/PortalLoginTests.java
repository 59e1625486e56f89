package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in without a password: the same answer for every address, one-time links, sessions that end. */
class PortalLoginTests extends PortalTestSupport {

    @Autowired
    PortalSessions sessions;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsAContacts() {
        String known = unique("zinomas") + "@imone.lt";
        clientWithContact(unique("UAB Žinoma "), known);
        var forKnown = new PortalClient(port).post("/portal", "/portal/login", Map.of("email", known));
        var forUnknown = new PortalClient(port).post("/portal", "/portal/login", Map.of("email", unique("nezinomas") + "@imone.lt"));

        assertThat(forKnown.status()).isEqualTo(200);
        assertThat(forUnknown.status()).isEqualTo(200);
        assertThat(withoutTokens(forKnown.body())).isEqualTo(withoutTokens(forUnknown.body()));
        assertThat(forKnown.body()).contains("id=\"link-sent\"");
        assertThat(linkMailedTo(known, 0)).startsWith("/portal/login/");
    }

    @Test
    void theLinkOpensASessionOnceAndThePortalListsTheCompanysRequests() {
        String email = unique("ona") + "@vienkartine.lt";
        String clientId = clientWithContact(unique("UAB Vienkartinė "), email);
        requestOf(clientId, email, "Neveikia spausdinimas");
        PortalClient browser = new PortalClient(port);
        browser.post("/portal", "/portal/login", Map.of("email", email));
        String link = linkMailedTo(email, 0);

        var followed = browser.get(link);
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.location()).endsWith("/portal");
        var home = browser.get("/portal");
        assertThat(home.body()).contains("Neveikia spausdinimas").contains("id=\"requests\"");

        PortalClient another = new PortalClient(port);
        var again = another.get(link);
        assertThat(again.status()).as("a link works once").isEqualTo(404);
        assertThat(again.body()).contains("id=\"link-invalid\"");
        assertThat(another.sessionCookie()).isNull();
    }

    @Test
    void anExpiredOrAlteredLinkIsRefused() {
        String email = unique("pasibaiges") + "@senas.lt";
        clientWithContact(unique("UAB Senas "), email);
        new PortalClient(port).post("/portal", "/portal/login", Map.of("email", email));
        String link = linkMailedTo(email, 0);
        String altered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        assertThat(new PortalClient(port).get(altered).status()).isEqualTo(404);
        assertThat(new PortalClient(port).get(link + "x").status()).isEqualTo(404);

        jdbc.sql("UPDATE portal_login_token SET expires_at = now() - interval '1 second' WHERE lower(email) = lower(:e)")
                .param("e", email).update();
        assertThat(new PortalClient(port).get(link).status()).as("15 minutes are over").isEqualTo(404);
    }

    @Test
    void onlyTheHashOfALinkIsStoredAndTheLinkIsInNoEventPublication() {
        String email = unique("hash") + "@slapta.lt";
        clientWithContact(unique("UAB Slapta "), email);
        new PortalClient(port).post("/portal", "/portal/login", Map.of("email", email));
        String token = linkMailedTo(email, 0).substring("/portal/login/".length());

        assertThat(jdbc.sql("SELECT count(*) FROM portal_login_token WHERE token_hash = :h").param("h", Secrets.hash(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :t").param("t", "%" + token + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM portal_session WHERE email LIKE :t OR encode(session_hash, 'escape') LIKE :t")
                .param("t", "%" + token + "%").query(Long.class).single()).isZero();
    }

    @Test
    void loggingOutEndsTheSessionAndLoggingOutEverywhereEndsThemAll() {
        String email = unique("atsijungia") + "@visur.lt";
        clientWithContact(unique("UAB Visur "), email);
        PortalClient phone = loggedIn(email);
        PortalClient laptop = loggedIn(email);
        PortalClient tablet = loggedIn(email);

        assertThat(phone.post("/portal", "/portal/logout", Map.of()).location()).endsWith("/portal?loggedOut");
        assertThat(phone.get("/portal/documents").status()).isEqualTo(302);
        assertThat(laptop.get("/portal/documents").status()).isEqualTo(200);

        laptop.post("/portal", "/portal/logout-everywhere", Map.of());
        assertThat(laptop.get("/portal/documents").status()).isEqualTo(302);
        assertThat(tablet.get("/portal/documents").status()).as("ended on every browser").isEqualTo(302);
        assertThat(tablet.get("/portal").body()).contains("id=\"login-form\"");
    }

    @Test
    void aContactWhoseAddressChangedOrWhoWasRemovedIsLoggedOutAtOnce() {
        String email = unique("keiciasi") + "@adresas.lt";
        String clientId = clientWithContact(unique("UAB Adresas "), email);
        PortalClient browser = loggedIn(email);
        assertThat(browser.get("/portal/hours").status()).isEqualTo(200);
        String contactId = admin().get("/api/v1/clients/" + clientId + "/contacts").json().path("items").get(0).path("id").asString();

        var changed = admin().patch("/api/v1/clients/" + clientId + "/contacts/" + contactId,
                "{\"email\":\"" + unique("naujas") + "@adresas.lt\"}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);

        assertThat(browser.get("/portal/hours").status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM portal_session WHERE lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single()).as("the session is gone, not only refused").isZero();
    }

    @Test
    void aContactOfSeveralClientsChoosesTheCompany() {
        String email = unique("dvi") + "@buhalterija.lt";
        String first = clientWithContact(unique("UAB Pirmoji "), email);
        String second = clientWithContact(unique("UAB Antroji "), email);
        requestOf(first, email, "Pirmosios įmonės klausimas");
        requestOf(second, email, "Antrosios įmonės klausimas");
        PortalClient browser = new PortalClient(port);
        browser.post("/portal", "/portal/login", Map.of("email", email));

        var followed = browser.get(linkMailedTo(email, 0));
        assertThat(followed.location()).endsWith("/portal/company");
        assertThat(browser.get("/portal").location()).as("no company's page before the choice").endsWith("/portal/company");
        String secondContact = admin().get("/api/v1/clients/" + second + "/contacts").json().path("items").get(0).path("id").asString();
        browser.post("/portal/company", "/portal/company", Map.of("contact", secondContact));

        String home = browser.get("/portal").body();
        assertThat(home).contains("Antrosios įmonės klausimas").doesNotContain("Pirmosios įmonės klausimas");
    }

    @Test
    void linksAreRateLimitedPerAddressWithTheSameAnswerForUnknownAddresses() {
        String unknown = unique("daug") + "@niekas.lt";
        PortalClient browser = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/portal", "/portal/login", Map.of("email", unknown)).status()).isEqualTo(200);
        }
        var refused = browser.post("/portal", "/portal/login", Map.of("email", unknown.toUpperCase()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("id=\"too-many\"");
    }

    @Test
    void linksAreRateLimitedPerIpAddressAcrossAddresses() {
        LinkRateLimit limit = new LinkRateLimit(jdbc, 5, 3);
        String ip = "203.0.113." + (int) (Math.random() * 250);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryAcquire(unique("a") + "@x.lt", ip)).isTrue();
        }
        assertThat(limit.tryAcquire(unique("b") + "@x.lt", ip)).isFalse();
        assertThat(limit.tryAcquire(unique("c") + "@x.lt", "198.51.100.7")).as("another IP address").isTrue();
    }

    @Test
    void aBadAddressIsNamedAndAFormWithoutItsTokenIsRefused() {
        var bad = new PortalClient(port).post("/portal", "/portal/login", Map.of("email", "ne-adresas"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"email-error\"");

        var noToken = new PortalClient(port).postWithToken("/portal/login", Map.of("email", "kas@nors.lt"), null);
        assertThat(noToken.status()).isEqualTo(403);
    }

    @Test
    void staffAndPortalSessionsGrantNothingOnTheOtherSide() throws Exception {
        String email = unique("atskirai") + "@sienos.lt";
        String clientId = clientWithContact(unique("UAB Sienos "), email);
        String requestId = requestOf(clientId, email, "Atskiros sesijos");
        PortalClient portal = loggedIn(email);
        assertThat(portal.get("/portal/requests/" + requestId).status()).isEqualTo(200);

        // the portal's cookie, even sent by hand to other paths, opens neither the API nor the staff pages
        String cookie = "PAGALBA_PORTAL=" + portal.sessionCookie();
        assertThat(withCookie(cookie, "/api/v1/requests/" + requestId)).isEqualTo(401);
        assertThat(withCookie(cookie, "/requests/" + requestId)).isEqualTo(302);

        // a staff session opens nothing in the portal
        PortalClient staff = new PortalClient(port);
        var login = staff.post("/login", "/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
        assertThat(login.location()).doesNotContain("error");
        assertThat(staff.get("/requests/" + requestId).status()).isEqualTo(200);
        assertThat(staff.get("/portal/requests/" + requestId).status()).isEqualTo(302);
        assertThat(staff.get("/portal").body()).contains("id=\"login-form\"");
        assertThat(admin().get("/portal/documents").status()).as("nor do staff credentials").isEqualTo(302);
    }

    private int withCookie(String cookie, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "").replaceAll("content=\"[^\"]+\"", "");
    }
}
