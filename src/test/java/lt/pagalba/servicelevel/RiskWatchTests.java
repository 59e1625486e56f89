package lt.pagalba.servicelevel;

import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.servicelevel.AtRisk.Level;
import lt.pagalba.servicelevel.AtRisk.Target;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests at risk, read in one query of those that may be (issue 17): by the contract's faster
 * promise, only the lead's when asked, never one waiting for the client. Requests are moved back to
 * Wednesday 8 November 2006, 10:00 (EET), a plain working day, apart from the months the service-level report is tried in.
 */
class RiskWatchTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RiskWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aContractsFasterFirstContactIsNearAt80PercentOfItAndOnlyTheLeadSeesItAsTheirs() {
        String client = client(unique("UAB „Rizika“ "));
        assertThat(admin().post("/api/v1/clients/" + client + "/contracts", aContract().from("2006-01-01").promising(60, null).json())
                .status()).isEqualTo(201);
        String lead = unique("ona");
        staffMember(lead, "CONSULTANT");
        String request = ledBy(registered(client), lead);
        receivedAt(request, "2006-11-08T10:00+02:00");
        String waiting = ledBy(registered(client), lead);
        receivedAt(waiting, "2006-11-08T10:00+02:00");
        // as if it had come lacking information: the request module's status, which the clock reads
        jdbc.sql("UPDATE support_request SET status = 'AWAITING_INFORMATION' WHERE id = :id").param("id", UUID.fromString(waiting))
                .update();

        List<AtRisk> before = watch.atRisk(OffsetDateTime.parse("2006-11-08T10:47+02:00"), lead);
        List<AtRisk> near = watch.atRisk(OffsetDateTime.parse("2006-11-08T10:48+02:00"), lead);
        List<AtRisk> someoneElses = watch.atRisk(OffsetDateTime.parse("2006-11-08T10:48+02:00"), unique("petras"));
        List<AtRisk> everyones = watch.atRisk(OffsetDateTime.parse("2006-11-08T11:01+02:00"));

        assertThat(before).as("47 of 60 minutes are under 80 %").isEmpty();
        assertThat(near).singleElement().satisfies(risk -> {
            assertThat(risk.requestId().text()).isEqualTo(request);
            assertThat(risk.target()).isEqualTo(Target.FIRST_CONTACT);
            assertThat(risk.level()).isEqualTo(Level.NEAR);
            assertThat(risk.due()).isEqualTo(OffsetDateTime.parse("2006-11-08T11:00+02:00"));
            assertThat(risk.minutesLeft()).isEqualTo(12);
        });
        assertThat(someoneElses).isEmpty();
        assertThat(everyones).filteredOn(r -> r.requestId().text().equals(request)).singleElement()
                .satisfies(risk -> assertThat(risk.level()).isEqualTo(Level.PAST));
        assertThat(everyones).as("waiting for the client stops the clock").noneMatch(r -> r.requestId().text().equals(waiting));
    }

    private String registered(String client) {
        var body = Fixtures.phoneRequest(null, "ona@rizika.lt");
        body.put("clientId", client);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private String ledBy(String request, String lead) {
        var assigned = admin().post("/api/v1/requests/" + request + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        return request;
    }

    /** Moves the request and everything on its timeline back in time, keeping their order. */
    private void receivedAt(String id, String when) {
        OffsetDateTime target = OffsetDateTime.parse(when);
        UUID request = UUID.fromString(id);
        OffsetDateTime received = jdbc.sql("SELECT received_at FROM support_request WHERE id = :id").param("id", request)
                .query(OffsetDateTime.class).single();
        long seconds = received.toEpochSecond() - target.toEpochSecond();
        jdbc.sql("UPDATE support_request SET received_at = :at WHERE id = :id").param("at", target).param("id", request).update();
        jdbc.sql("UPDATE request_event SET occurred_at = occurred_at - make_interval(secs => :s) WHERE request_id = :id")
                .param("s", seconds).param("id", request).update();
    }
}
