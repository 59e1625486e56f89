package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SMTP server as a part of the health administrators see: down, it is named, and Pagalba stays up. */
class SmtpHealthTests extends MailTestSupport {

    @Test
    void anUnreachableSmtpServerIsNamedButLeavesPagalbaUp() {
        assertThat(admin().get("/actuator/health").json().at("/components/smtp/status").asString()).isEqualTo("UP");
        TestSmtp.stop();
        try {
            var health = admin().get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().at("/components/smtp/status").asString()).isEqualTo("UNREACHABLE");
            assertThat(health.json().at("/components/smtp/details/error").asString()).isNotBlank();
            assertThat(health.field("status")).isEqualTo("UP");
            assertThat(api().get("/actuator/health").text()).doesNotContain("smtp");
        } finally {
            TestSmtp.restart();
        }
    }
}
