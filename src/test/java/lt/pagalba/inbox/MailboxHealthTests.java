package lt.pagalba.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The support mailbox as a part of the health administrators see, and how long reading it takes as a meter. */
class MailboxHealthTests extends MailboxTestSupport {

    @Test
    void theMailboxIsShownToAdministratorsAndItsPollsAreTimed() {
        var health = admin().get("/actuator/health").json();
        assertThat(health.at("/components/mailbox/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/mailbox/details/mailbox").asString()).startsWith(LOGIN + "@");

        poller.pollNow();
        String meters = admin().get("/actuator/prometheus").text();
        assertThat(meters.lines().filter(l -> l.startsWith("pagalba_mailbox_poll_seconds_count ")).findFirst().orElseThrow())
                .doesNotEndWith(" 0.0");
    }
}
