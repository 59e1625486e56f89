package lt.pagalba.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prometheus meters at {@code /actuator/prometheus} for administrators only, and a health that
 * everyone may ask for but only administrators see the parts of.
 */
class MetricsAndHealthTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void administratorsReadTheMetersOthersDoNot() {
        assertThat(api().get("/actuator/prometheus").status()).isEqualTo(401);
        String consultant = unique("metrai");
        staffMember(consultant, "CONSULTANT");
        assertThat(api().basic(consultant, PASSWORD).get("/actuator/prometheus").status()).isEqualTo(403);

        var meters = admin().get("/actuator/prometheus");
        assertThat(meters.status()).isEqualTo(200);
        assertThat(meters.contentType()).startsWith("text/plain");
        assertThat(meters.text()).contains("pagalba_mail_outbox{status=\"QUEUED\"}", "pagalba_mail_outbox{status=\"FAILED\"}",
                "pagalba_mail_outbox_oldest_queued_seconds", "pagalba_mailbox_poll_seconds_count",
                "http_server_requests_seconds_bucket");
    }

    @Test
    void aRegistrationAndABillingRunAreCounted() {
        double before = meter("pagalba_requests_registered_total{channel=\"PHONE\"}");
        var registered = admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Metrai "), "ona@metrai.lt")));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(meter("pagalba_requests_registered_total{channel=\"PHONE\"}")).isEqualTo(before + 1);

        String accountant = unique("buhalt");
        staffMember(accountant, "ACCOUNTANT");
        String lastMonth = YearMonth.from(Vilnius.today()).minusMonths(1).toString();
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs", "{\"period\":\"%s\",\"dryRun\":true}".formatted(lastMonth));
        assertThat(run.status()).isEqualTo(200);
        assertThat(meter("pagalba_billing_run_seconds_count{dry=\"true\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyoneSeesWhetherPagalbaIsUpAdministratorsSeeItsParts() {
        var open = api().get("/actuator/health");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.field("status")).isEqualTo("UP");
        assertThat(open.json().has("components")).isFalse();

        var full = admin().get("/actuator/health").json();
        assertThat(full.get("status").asString()).isEqualTo("UP");
        assertThat(full.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(full.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
        assertThat(full.at("/components/mailbox/details/configured").asBoolean()).as("no mailbox in this context").isFalse();
        assertThat(full.at("/components/smtp/details/configured").asBoolean()).as("no SMTP in this context").isFalse();
    }

    /** One sample's value from the Prometheus text, 0 when it is not there yet. */
    private double meter(String sample) {
        String text = admin().get("/actuator/prometheus").text();
        return text.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim())).orElse(0.0);
    }
}
