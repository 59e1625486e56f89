package lt.pagalba.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contact person's data exported and erased on request (GDPR), by administrators only: the
 * contact, the requests' snapshots and texts, the mail in and out lose the names, the phone and the
 * address; the invoices stay exactly as they were; both are audited without the address.
 */
class PersonalDataTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    record Someone(String email, String lastName, String clientId, String requestId, String invoiceId) {
    }

    @Test
    void onlyAdministratorsSeeOrEraseAPersonsData() {
        String email = unique("asmuo") + "@duomenys.lt";
        assertThat(api().get("/api/v1/personal-data?email=" + email).status()).isEqualTo(401);
        for (String role : new String[]{"CONSULTANT", "ACCOUNTANT"}) {
            var someone = staffMember(unique("gdpr"), role);
            assertThat(someone.get("/api/v1/personal-data?email=" + email).status()).isEqualTo(403);
            assertThat(someone.post("/api/v1/personal-data/erasure", "{\"email\":\"%s\"}".formatted(email)).status()).isEqualTo(403);
        }
        var bad = admin().post("/api/v1/personal-data/erasure", "{\"email\":\"ne adresas\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("email");
        assertThat(admin().get("/api/v1/personal-data?email=ne-adresas").errorFields()).containsExactly("email");
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() {
        Someone person = someone();
        var export = admin().get("/api/v1/personal-data?email=" + person.email());
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        var parts = export.json().path("parts");
        assertThat(parts.path("contacts").get(0).path("lastName").asString()).isEqualTo(person.lastName());
        assertThat(parts.path("requests").get(0).path("phone").asString()).isEqualTo("+37061111111");
        assertThat(parts.path("inboundMail").get(0).path("text").asString()).contains(person.lastName());
        assertThat(parts.path("outboundMail").get(0).path("recipient").asString()).isEqualTo(person.email());
        assertThat(parts.path("conversation").get(0).path("to").asString()).isEqualTo(person.email());
        assertThat(parts.path("conversation").get(0).path("body").asString()).contains(person.lastName());
    }

    @Test
    void anErasureLeavesNoNameNumberOrAddressButEveryInvoiceAsItWas() {
        Someone person = someone();
        String invoiceBefore = admin().get("/api/v1/invoices/" + person.invoiceId()).text();

        var erasure = admin().post("/api/v1/personal-data/erasure", "{\"email\":\"%s\"}".formatted(person.email()));
        assertThat(erasure.status()).as(erasure.text()).isEqualTo(200);
        assertThat(erasure.json().path("erased").path("contacts").asInt()).isEqualTo(1);
        assertThat(erasure.json().path("erased").path("requests").asInt()).isEqualTo(1);

        String everything = String.join("\n",
                admin().get("/api/v1/clients/" + person.clientId()).text(),
                admin().get("/api/v1/clients/" + person.clientId() + "/contacts").text(),
                admin().get("/api/v1/requests/" + person.requestId()).text(),
                jdbc.sql("SELECT string_agg(recipient || subject || body_text, ' ') FROM outbox_message WHERE request_id = CAST(:r AS uuid)")
                        .param("r", person.requestId()).query(String.class).single(),
                jdbc.sql("SELECT string_agg(coalesce(from_address, '') || coalesce(body_text, ''), ' ') FROM inbound_message WHERE request_id = CAST(:r AS uuid)")
                        .param("r", person.requestId()).query(String.class).single(),
                jdbc.sql("SELECT string_agg(array_to_string(to_addresses, ',') || coalesce(subject, '') || body, ' ') FROM conversation_message WHERE request_id = CAST(:r AS uuid)")
                        .param("r", person.requestId()).query(String.class).single());
        assertThat(everything).doesNotContain(person.lastName()).doesNotContain(person.email()).doesNotContain("61111111")
                .contains("—");
        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message WHERE request_id = CAST(:r AS uuid) AND raw IS NOT NULL")
                .param("r", person.requestId()).query(Long.class).single()).isZero();
        assertThat(admin().get("/api/v1/invoices/" + person.invoiceId()).text()).isEqualTo(invoiceBefore);

        var afterwards = admin().get("/api/v1/personal-data?email=" + person.email());
        assertThat(afterwards.status()).isEqualTo(200);
        var again = afterwards.json().path("parts");
        for (String part : new String[]{"contacts", "requests", "inboundMail", "outboundMail", "feedback", "conversation"}) {
            assertThat(again.path(part).size()).as(part).isZero();
        }
        Map<String, Object> audited = jdbc.sql("""
                SELECT actor, coalesce(after::text, '') AS after FROM audit_entry WHERE subject = 'PERSON' AND action = 'ERASED'
                ORDER BY id DESC LIMIT 1""").query().singleRow();
        assertThat(audited.get("actor")).isEqualTo(ADMIN);
        assertThat((String) audited.get("after")).contains("\"contacts\": 1").doesNotContain(person.email());
    }

    @Test
    void aMailToSeveralOrWithThePersonOnCopyIsExportedAndLosesOnlyTheirAddress() {
        Someone person = someone();
        int alone = outboundMailOf(person).size();
        String shouting = person.email().toUpperCase(Locale.ROOT);
        UUID toSeveral = UUID.randomUUID();
        UUID onCopy = UUID.randomUUID();
        for (UUID id : List.of(toSeveral, onCopy)) {
            boolean copy = id.equals(onCopy);
            jdbc.sql("""
                    INSERT INTO outbox_message (id, kind, recipient, cc, subject, body_text, request_id, source_key, status)
                    VALUES (:id, 'TEST', :to, :cc, 'Atsakymas', 'Sveiki', CAST(:r AS uuid), :key, 'SENT')""")
                    .param("id", id).param("to", copy ? "vadovas@duomenys.lt" : "vadovas@duomenys.lt, " + shouting)
                    .param("cc", copy ? "buhalterija@duomenys.lt, " + person.email() : null)
                    .param("r", person.requestId()).param("key", "test:" + id).update();
        }

        assertThat(outboundMailOf(person).size()).as("the mails to them alone, and to several and on copy").isEqualTo(alone + 2);

        assertThat(admin().post("/api/v1/personal-data/erasure", "{\"email\":\"%s\"}".formatted(person.email())).status())
                .isEqualTo(200);
        for (UUID id : List.of(toSeveral, onCopy)) {
            Map<String, Object> mail = jdbc.sql("SELECT recipient, coalesce(cc, '') AS cc FROM outbox_message WHERE id = :id")
                    .param("id", id).query().singleRow();
            String addresses = mail.get("recipient") + " " + mail.get("cc");
            assertThat(addresses.toLowerCase(Locale.ROOT)).doesNotContain(person.email()).contains("vadovas@duomenys.lt");
        }
        assertThat(jdbc.sql("SELECT cc FROM outbox_message WHERE id = :id").param("id", onCopy).query(String.class).single())
                .startsWith("buhalterija@duomenys.lt, ");
    }

    private JsonNode outboundMailOf(Someone person) {
        return admin().get("/api/v1/personal-data?email=" + person.email()).json().path("parts").path("outboundMail");
    }

    /** A client's contact with a request about them, a mail from them and one to them, and an invoice of the client's. */
    private Someone someone() {
        String email = unique("ona") + "@duomenys.lt";
        String lastName = "Asmenytė" + UUID.randomUUID().toString().substring(0, 4);
        String clientId = client(unique("UAB Duomenys "));
        var contact = admin().post("/api/v1/clients/" + clientId + "/contacts",
                "{\"firstName\":\"Gerda\",\"lastName\":\"%s\",\"email\":\"%s\",\"phone\":\"+37061111111\"}".formatted(lastName, email));
        assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        var body = Fixtures.phoneRequest(null, email);
        body.put("clientId", clientId);
        @SuppressWarnings("unchecked")
        Map<String, Object> who = (Map<String, Object>) body.get("contact");
        who.put("firstName", "Gerda");
        who.put("lastName", lastName);
        who.put("phone", "+37061111111");
        body.put("description", "Skambino Gerda " + lastName + ", tel. +37061111111, prašo perskambinti.");
        var request = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(request.status()).as(request.text()).isEqualTo(201);
        String requestId = request.field("id");
        jdbc.sql("""
                INSERT INTO inbound_message (id, message_key, from_address, from_name, subject, body_text, raw_size, raw, status, request_id)
                VALUES (:id, :key, :email, :name, 'Klausimas', :text, 5, CAST('raw' AS bytea), 'JOINED', CAST(:r AS uuid))""")
                .param("id", UUID.randomUUID()).param("key", "<" + UUID.randomUUID() + "@duomenys.lt>").param("email", email)
                .param("name", "Gerda " + lastName).param("text", "Laba diena,\nGerda " + lastName + "\n+37061111111")
                .param("r", requestId).update();
        jdbc.sql("""
                INSERT INTO outbox_message (id, kind, recipient, subject, body_text, request_id, source_key, status)
                VALUES (:id, 'TEST', :email, 'Jūsų užklausa', :text, CAST(:r AS uuid), :key, 'SENT')""")
                .param("id", UUID.randomUUID()).param("email", email).param("text", "Gerbiama Gerda " + lastName + ",")
                .param("r", requestId).param("key", "test:" + UUID.randomUUID()).update();
        var reply = admin().post("/api/v1/requests/" + requestId + "/messages",
                "{\"kind\":\"REPLY\",\"body\":\"Sveiki, Gerda %s! Perskambinsime.\"}".formatted(lastName));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return new Someone(email, lastName, clientId, requestId, invoice(clientId, requestId));
    }

    /**
     * Each invoice in a month of its own that no other test bills (2010's first nine): a month runs once (B6),
     * so a month drawn at random met another test's now and then, and its run answered with that test's proformas.
     */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private String invoice(String clientId, String requestId) {
        int year = 2010;
        int month = 1 + MONTHS.getAndIncrement() % 9;
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, 60, 'PHONE', 'CONSULTATION',
                  'Konsultacija', now(), 'admin')""").param("id", UUID.randomUUID()).param("request", requestId)
                .param("client", clientId).param("day", LocalDate.of(year, month, 10)).update();
        String accountant = unique("gdprb");
        var run = staffMember(accountant, "ACCOUNTANT").post("/api/v1/billing-runs", "{\"period\":\"%d-%02d\"}".formatted(year, month));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(clientId)) {
                return invoice.path("id").asString();
            }
        }
        throw new IllegalStateException("No invoice for the client in " + run.text());
    }
}
