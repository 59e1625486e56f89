package lt.pagalba.journal;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: what billing locked is kept as ranges (V64). Each reference holds exactly the entries it
 * billed, entries written after a lock are the next lock's, and a cancelled reference frees its own.
 */
class BilledRangesTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WorkEntryLocks locks;

    String consultant;
    Api consultantApi;
    String requestId;
    ClientId clientId;

    @BeforeEach
    void aRequestWithALead() {
        consultant = unique("rib");
        consultantApi = staffMember(consultant, "CONSULTANT");
        requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(
                Fixtures.phoneRequest(unique("UAB Ribos "), "r@ribos.lt"))).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
    }

    private String log(int minutes) {
        var logged = consultantApi.post("/api/v1/requests/" + requestId + "/work-entries", JSON.writeValueAsString(
                aWorkEntry().of(minutes).minutes().by(consultant).done(WorkMode.REMOTE).described("Konsultacija").json()));
        assertThat(logged.status()).as(logged.text()).isEqualTo(201);
        clientId = ClientId.parse(logged.field("clientId"));
        return logged.field("id");
    }

    private void lock(String reference) {
        locks.lock(List.of(new LockRange(clientId, WorkCategory.CONSULTATION, Period.month(YearMonth.from(Vilnius.today())), reference)));
    }

    private List<String> under(String reference) {
        return locks.lockedUnder(clientId, reference).stream().map(e -> e.id().text()).toList();
    }

    private int patch(String entryId) {
        return consultantApi.patch("/api/v1/work-entries/" + entryId, "{\"minutes\": 25}").status();
    }

    private boolean unbilledThisMonth() {
        return locks.unbilledMonths(Vilnius.today()).getOrDefault(clientId, List.of()).contains(YearMonth.from(Vilnius.today()));
    }

    @Test
    void eachReferenceHoldsExactlyWhatItLockedAndEntriesWrittenLaterAreTheNextLocks() {
        String first = log(30);
        assertThat(unbilledThisMonth()).isTrue();
        lock("line-1");
        assertThat(under("line-1")).containsExactly(first);
        assertThat(unbilledThisMonth()).as("the month was billed whole").isFalse();
        assertThat(patch(first)).isEqualTo(409);

        String second = log(40);
        assertThat(unbilledThisMonth()).isTrue();
        assertThat(patch(second)).as("written after the lock").isEqualTo(200);
        lock("line-2");
        assertThat(under("line-2")).containsExactly(second);
        assertThat(under("line-1")).containsExactly(first);
        assertThat(patch(second)).isEqualTo(409);
        assertThat(admin().get("/api/v1/requests/" + requestId).json().path("workEntries").findValuesAsString("id"))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aCancelledReferenceFreesOnlyItsEntriesForTheNextLock() {
        String first = log(30);
        lock("line-1");
        String second = log(40);
        lock("line-2");

        assertThat(locks.unlock(clientId, "line-1")).isEqualTo(1);
        assertThat(under("line-1")).isEmpty();
        assertThat(unbilledThisMonth()).isTrue();
        assertThat(patch(second)).as("still billed under line-2").isEqualTo(409);
        assertThat(patch(first)).as("its author may change it again on the day").isEqualTo(200);

        lock("line-3");
        assertThat(under("line-3")).containsExactly(first);
        assertThat(under("line-2")).containsExactly(second);
        assertThat(patch(first)).isEqualTo(409);
    }
}
