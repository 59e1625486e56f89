package lt.pagalba.journal;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.ClientId;
import lt.pagalba.support.Api;
import lt.pagalba.support.ContractBuilder;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new client with one request, and its work written straight to the table (past periods: the API keeps
 * to 92 days back), its contracts and terms changed through the API: the journal the usage and monthly-sums
 * tests compare their reads over.
 */
final class PastJournal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ClientId id;
    final String requestId;
    private final Api admin;
    private final JdbcClient jdbc;

    private PastJournal(ClientId id, String requestId, Api admin, JdbcClient jdbc) {
        this.id = id;
        this.requestId = requestId;
        this.admin = admin;
        this.jdbc = jdbc;
    }

    /** A client named so, with the given billing settings (JSON), and a phone request of it. */
    static PastJournal of(Api admin, JdbcClient jdbc, String name, String billing) {
        ClientId id = ClientId.parse(admin.post("/api/v1/clients", "{\"name\":\"%s\",\"billing\":%s}".formatted(name, billing))
                .field("id"));
        var body = Fixtures.phoneRequest(null, "d@uzklausos.lt");
        body.put("clientId", id.text());
        return new PastJournal(id, admin.post("/api/v1/requests", JSON.writeValueAsString(body)).field("id"), admin, jdbc);
    }

    String entry(WorkEntryBuilder entry) {
        return entry.writtenInto(jdbc, id.text(), requestId);
    }

    void deleted(String entryId) {
        jdbc.sql("UPDATE work_entry SET deleted_at = now(), deleted_by = 'admin' WHERE id = CAST(:id AS uuid)")
                .param("id", entryId).update();
    }

    String contract(ContractBuilder contract) {
        var created = admin.post("/api/v1/clients/" + id + "/contracts", contract.json());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    void patchContract(String contractId, String patch) {
        var changed = admin.patch("/api/v1/clients/" + id + "/contracts/" + contractId, patch);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }

    void deleteContract(String contractId) {
        var deleted = admin.delete("/api/v1/clients/" + id + "/contracts/" + contractId);
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
    }

    /** Changes the client itself (its own increment or minimum, say). */
    void patch(String patch) {
        var changed = admin.patch("/api/v1/clients/" + id, patch);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }
}
