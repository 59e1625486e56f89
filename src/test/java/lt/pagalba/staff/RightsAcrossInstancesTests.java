package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import lt.pagalba.PagalbaApplication;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database: a deactivation, a removed role or a revoked token on one counts on
 * the other at once (within the milliseconds PostgreSQL's NOTIFY takes), for API tokens, HTTP Basic
 * and page sessions alike. The second instance is a whole second application context.
 */
class RightsAcrossInstancesTests extends ApiTestSupport {

    /** How long a change may take to reach the other instance: NOTIFY arrives in milliseconds. */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext other;
    private static int otherPort;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startTheOtherInstance() {
        if (other == null) {
            other = new SpringApplicationBuilder(PagalbaApplication.class).properties(
                    "spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                    "spring.datasource.username=postgres", "spring.datasource.password=",
                    "server.port=0", "pagalba.jobs.enabled=false", "spring.main.banner-mode=off").run();
            otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
        }
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    private Api onOther() {
        return Api.at(otherPort);
    }

    @Test
    void aDeactivatedStaffMembersTokenAndPasswordStopOnTheOtherInstance() {
        String username = unique("deakt");
        staffMember(username, "CONSULTANT");
        String token = admin().post("/api/v1/staff/" + username + "/tokens", "{\"name\":\"integracija\"}").field("token");
        assertThat(onOther().bearer(token).get("/api/v1/staff").status()).isEqualTo(200);
        assertThat(onOther().basic(username, PASSWORD).get("/api/v1/staff").status()).isEqualTo(200);

        assertThat(admin().patch("/api/v1/staff/" + username, "{\"active\": false}").status()).isEqualTo(200);

        assertWithin(AT_ONCE, () -> onOther().bearer(token).get("/api/v1/staff").status() == 401);
        assertThat(onOther().basic(username, PASSWORD).get("/api/v1/staff").status()).isEqualTo(401);
        assertThat(api().bearer(token).get("/api/v1/staff").status()).as("and on this one").isEqualTo(401);
    }

    @Test
    void aRemovedRoleCountsAtOnceOnTheOtherInstance() {
        String username = unique("role");
        staffMember(username, "ACCOUNTANT", "CONSULTANT");
        Api accountant = onOther().basic(username, PASSWORD);
        assertThat(accountant.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(unique("UAB Rolė "))).status()).isEqualTo(201);

        assertThat(admin().patch("/api/v1/staff/" + username, "{\"roles\": [\"CONSULTANT\"]}").status()).isEqualTo(200);

        assertWithin(AT_ONCE, () -> accountant.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(unique("UAB Rolė "))).status() == 403);
        assertThat(accountant.get("/api/v1/staff").status()).as("still a consultant").isEqualTo(200);
    }

    @Test
    void aRevokedTokenStopsOnTheOtherInstance() {
        String username = unique("atsauk");
        Api member = staffMember(username, "CONSULTANT");
        var created = member.post("/api/v1/staff/" + username + "/tokens", "{\"name\":\"skriptas\"}");
        String token = created.field("token");
        assertThat(onOther().bearer(token).get("/api/v1/staff").status()).isEqualTo(200);

        assertThat(member.delete("/api/v1/staff/" + username + "/tokens/" + created.field("id")).status()).isEqualTo(204);

        assertWithin(AT_ONCE, () -> onOther().bearer(token).get("/api/v1/staff").status() == 401);
    }

    @Test
    void aPageSessionOnTheOtherInstanceEndsWithItsStaffMember() {
        String username = unique("sesija");
        staffMember(username, "CONSULTANT");
        WebSession session = WebSession.loggedIn(otherPort, username, PASSWORD);
        assertThat(session.get("/").html()).doesNotContain("id=\"login-form\"");

        assertThat(admin().patch("/api/v1/staff/" + username, "{\"active\": false}").status()).isEqualTo(200);

        assertWithin(AT_ONCE, () -> session.get("/").html().contains("id=\"login-form\""));
    }

    private static void assertWithin(Duration limit, Supplier<Boolean> condition) {
        long start = System.nanoTime();
        while (!condition.get()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("took effect within " + limit).isLessThan(limit);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
