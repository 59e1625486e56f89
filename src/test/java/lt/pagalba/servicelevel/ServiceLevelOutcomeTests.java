package lt.pagalba.servicelevel;

import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored service-level outcomes (V79) against the same report reckoned from every request's clock
 * ({@link ServiceLevelReport#reckonedOneByOne}): after every kind of change an outcome depends on (a
 * status, a first contact, a lead, the client's contract, the calendar, the day a request came) the two
 * answer alike, and the stored answer did change. Requests are registered through the API and their
 * timelines then written as wanted in March 2018 (EET until the 25th, EEST after), which no other test uses.
 */
class ServiceLevelOutcomeTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReportPeriod MARCH = new ReportPeriod(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31));
    private static final String STANDARD_HOURS = """
            {"MONDAY": ["08:00", "17:00"], "TUESDAY": ["08:00", "17:00"], "WEDNESDAY": ["08:00", "17:00"],
             "THURSDAY": ["08:00", "17:00"], "FRIDAY": ["08:00", "17:00"], "SATURDAY": null, "SUNDAY": null}""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceLevelReport report;

    @Autowired
    ServiceLevelOutcomes outcomes;

    @Autowired
    RequestClocks clocks;

    @Autowired
    Timekeeper timekeeper;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void noAddedDaysIn2018() {
        var restored = admin().put("/api/v1/working-calendar", """
                {"year": 2018, "holidays": [], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    }

    @Test
    void storedOutcomesAnswerAsEveryClockReckonedAgainAfterEveryKindOfChange() {
        String client = client(unique("UAB „Laikrodis“ "));
        ReportFilter ofClient = ReportFilter.of(new ClientId(UUID.fromString(client)), null, null);

        String kept = registered(client, true);
        timeline(kept, "2018-03-01T10:00+02:00", "RESOLVED@2018-03-01T15:00+02:00");
        firstContact(kept, "2018-03-01T10:20+02:00");
        String late = registered(client, true);
        timeline(late, "2018-03-01T16:50+02:00", "IN_PROGRESS@2018-03-02T08:30+02:00");
        firstContact(late, "2018-03-02T08:30+02:00");
        String neverContacted = registered(client, false);
        timeline(neverContacted, "2018-03-02T09:00+02:00");
        String waitingBeforeItsDeadline = registered(client, false);
        timeline(waitingBeforeItsDeadline, "2018-03-05T10:00+02:00", "AWAITING_INFORMATION@2018-03-05T11:00+02:00");
        String waitingAfterItsDeadline = registered(client, false);
        timeline(waitingAfterItsDeadline, "2018-03-06T09:00+02:00", "AWAITING_INFORMATION@2018-03-20T09:00+02:00");
        String waitedThenResolved = registered(client, false);
        timeline(waitedThenResolved, "2018-03-08T10:00+02:00", "AWAITING_INFORMATION@2018-03-08T10:05+02:00",
                "REGISTERED@2018-03-09T10:00+02:00", "RESOLVED@2018-03-12T12:00+02:00");
        firstContact(waitedThenResolved, "2018-03-09T11:00+02:00");
        String reopened = registered(client, true);
        timeline(reopened, "2018-03-13T10:00+02:00", "RESOLVED@2018-03-13T11:00+02:00", "IN_PROGRESS@2018-03-14T09:00+02:00");
        firstContact(reopened, "2018-03-13T10:10+02:00");
        String resolvedThenClosed = registered(client, false);
        timeline(resolvedThenClosed, "2018-03-14T10:00+02:00", "RESOLVED@2018-03-15T10:00+02:00", "CLOSED@2018-03-16T10:00+02:00");
        firstContact(resolvedThenClosed, "2018-03-14T12:00+02:00");
        String overTheClockChange = registered(client, false);
        timeline(overTheClockChange, "2018-03-23T16:00+02:00");
        firstContact(overTheClockChange, "2018-03-26T09:00+03:00");
        String overTheSeventh = registered(client, false);
        timeline(overTheSeventh, "2018-03-06T12:00+02:00");
        firstContact(overTheSeventh, "2018-03-08T10:00+02:00");           // 300 + 540 + 120 working minutes

        ServiceLevels first = sameBothWays(ofClient);
        assertThat(first.firstContact().met() + first.firstContact().missed()).as("all but the one waiting before its deadline count")
                .isEqualTo(9);
        assertThat(first.resolution().met()).isEqualTo(3);
        assertThat(stored(client)).as("every outcome of the client is stored").isEqualTo(10);
        assertThat(outcomes.outOfDate(MARCH, ofClient.clientId(), timekeeper.reckoning().epoch())).isEmpty();

        // a status: the wait ends, so the deadline it held back is long past
        addStatus(waitingBeforeItsDeadline, "REGISTERED", "2018-03-06T10:00+02:00");
        assertThat(outcomes.knownOutOfDate(MARCH, ofClient.clientId(), timekeeper.reckoning().epoch()))
                .as("found by the indexes alone").contains(List.of(UUID.fromString(waitingBeforeItsDeadline)));
        ServiceLevels afterStatus = changed(first, ofClient);
        // a first contact
        firstContact(neverContacted, "2018-03-02T09:30+02:00");
        ServiceLevels afterContact = changed(afterStatus, ofClient);
        // a lead
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        var assigned = admin().post("/api/v1/requests/" + kept + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        ServiceLevels afterLead = changed(afterContact, ofClient);
        assertThat(afterLead.byConsultant()).anySatisfy(group -> assertThat(group.key()).isEqualTo(consultant));
        // the client's contract promises a first contact within 15 minutes: the one in 20 is late now
        var contract = admin().post("/api/v1/clients/" + client + "/contracts", aContract().from("2018-01-01").promising(15, null).json());
        assertThat(contract.status()).as(contract.text()).isEqualTo(201);
        ServiceLevels afterContract = changed(afterLead, ofClient);
        // the calendar: 7 March a day off
        var calendar = admin().put("/api/v1/working-calendar", """
                {"year": 2018, "holidays": ["2018-03-07"], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(calendar.status()).as(calendar.text()).isEqualTo(200);
        ServiceLevels afterCalendar = changed(afterContract, ofClient);
        // the day it came: moved to April, it leaves March's report
        timeline(late, "2018-04-02T10:00+03:00", "IN_PROGRESS@2018-04-02T10:40+03:00");
        assertThat(outcomes.knownOutOfDate(new ReportPeriod(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30)),
                ofClient.clientId(), timekeeper.reckoning().epoch())).as("April's new request has no outcome there yet").isEmpty();
        ServiceLevels afterMove = changed(afterCalendar, ofClient);
        assertThat(afterMove.firstContact().met() + afterMove.firstContact().missed())
                .isEqualTo(afterCalendar.firstContact().met() + afterCalendar.firstContact().missed() - 1);

        // and the whole month of everyone, and the one lead's, answer alike too
        sameBothWays(ReportFilter.of(null, null, null));
        sameBothWays(ReportFilter.of(null, consultant, null));
    }

    @Test
    void anOutcomeReckonedFromAClockThatChangedMeanwhileIsStoredAsOutOfDate() {
        String client = client(unique("UAB „Lenktynės“ "));
        ClientId clientId = new ClientId(UUID.fromString(client));
        String request = registered(client, false);
        timeline(request, "2018-03-20T10:00+02:00");
        Timekeeper.Reckoning reckoning = timekeeper.reckoning();
        List<RequestClocks.Stamped> read = clocks.stamped(List.of(UUID.fromString(request)));

        // the request is resolved after its clock was read and before the outcome reckoned from it is stored
        addStatus(request, "RESOLVED", "2018-03-20T12:00+02:00");
        report.bringUpToDateFrom(read, reckoning, OffsetDateTime.now());

        assertThat(outcomes.outOfDate(MARCH, clientId, reckoning.epoch())).containsExactly(UUID.fromString(request));
        ServiceLevels levels = sameBothWays(ReportFilter.of(clientId, null, null));
        assertThat(levels.resolution().met()).as("reckoned again from the resolved clock").isEqualTo(1);
        assertThat(outcomes.outOfDate(MARCH, clientId, reckoning.epoch())).isEmpty();
    }

    @Test
    void writingOutcomesGivesWayToARequestBeingChanged() throws Exception {
        String client = client(unique("UAB „Eilė“ "));
        ClientId clientId = new ClientId(UUID.fromString(client));
        String request = registered(client, false);
        timeline(request, "2018-03-21T10:00+02:00");
        ReportFilter ofClient = ReportFilter.of(clientId, null, null);
        try (Connection someone = dataSource.getConnection()) {
            // someone changes the request and has not committed yet: its outcome's row is theirs until then
            someone.setAutoCommit(false);
            try (var change = someone.prepareStatement("UPDATE support_request SET urgent = true WHERE id = ?")) {
                change.setObject(1, UUID.fromString(request));
                change.executeUpdate();
            }
            ServiceLevels meanwhile = report.of(MARCH, ofClient);
            assertThat(meanwhile.firstContact().met() + meanwhile.firstContact().missed())
                    .as("the report answers without the outcome it could not write").isZero();
            someone.commit();
        }
        ServiceLevels after = sameBothWays(ofClient);
        assertThat(after.firstContact().missed()).as("reckoned once the change was committed").isEqualTo(1);
    }

    @Test
    void theJobStoresTheOutcomesOfTheLastThirteenMonths() {
        String client = client(unique("UAB „Darbas“ "));
        String fresh = registered(client, true);
        String older = registered(client, false);
        timeline(older, OffsetDateTime.now().minusMonths(12).withHour(10).toString());

        new ScheduledOutcomes(report).bringUpToDate();

        assertThat(stored(client)).as("this month's and last year's").isEqualTo(2);
        assertThat(jdbc.sql("SELECT first_contact_due FROM service_level_outcome WHERE request_id = :id")
                .param("id", UUID.fromString(fresh)).query(OffsetDateTime.class).single()).isNotNull();
    }

    /** The stored answer, after checking it is the one reckoned from every clock. */
    private ServiceLevels sameBothWays(ReportFilter filter) {
        ServiceLevels stored = report.of(MARCH, filter);
        assertThat(stored).isEqualTo(report.reckonedOneByOne(MARCH, filter, OffsetDateTime.now()));
        return stored;
    }

    private ServiceLevels changed(ServiceLevels before, ReportFilter filter) {
        ServiceLevels after = sameBothWays(filter);
        assertThat(after).as("the change shows in the stored answer").isNotEqualTo(before);
        return after;
    }

    private long stored(String client) {
        return jdbc.sql("SELECT count(*) FROM service_level_outcome WHERE client_id = :c AND reckoned_stamp = stamp")
                .param("c", UUID.fromString(client)).query(Long.class).single();
    }

    private String registered(String client, boolean urgent) {
        var body = Fixtures.phoneRequest(null, "ona@laikrodis.lt");
        body.put("clientId", client);
        body.put("urgent", urgent);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    /**
     * Writes a request's timeline as given: received at {@code received} (registered then), then each
     * {@code STATUS@time} in order, its status the last of them; whatever statuses it had are gone.
     */
    private void timeline(String id, String received, String... statuses) {
        UUID request = UUID.fromString(id);
        jdbc.sql("DELETE FROM request_event WHERE request_id = :id AND kind = 'STATUS_CHANGED'").param("id", request).update();
        jdbc.sql("UPDATE support_request SET received_at = :at, status = 'REGISTERED' WHERE id = :id")
                .param("at", OffsetDateTime.parse(received)).param("id", request).update();
        jdbc.sql("""
                UPDATE request_event SET occurred_at = :at, details = jsonb_set(details, '{status}', '"REGISTERED"')
                WHERE request_id = :id AND kind = 'REGISTERED'
                """).param("at", OffsetDateTime.parse(received)).param("id", request).update();
        for (String status : statuses) {
            String[] parts = status.split("@");
            addStatus(id, parts[0], parts[1]);
        }
    }

    private void addStatus(String id, String status, String at) {
        UUID request = UUID.fromString(id);
        jdbc.sql("""
                INSERT INTO request_event (request_id, occurred_at, actor, kind, details)
                VALUES (:id, :at, 'admin', 'STATUS_CHANGED', jsonb_build_object('to', CAST(:status AS text)))
                """).param("id", request).param("at", OffsetDateTime.parse(at)).param("status", status).update();
        jdbc.sql("UPDATE support_request SET status = :status WHERE id = :id").param("status", status).param("id", request).update();
    }

    private void firstContact(String id, String at) {
        jdbc.sql("UPDATE support_request SET first_contact_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.parse(at)).param("id", UUID.fromString(id)).update();
    }
}
