package lt.pagalba.statement;

import lt.pagalba.support.Codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.Fixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients, requests and work of past years for statements. Work is written straight to the journal's
 * table (the API keeps to 92 days back), and a request's arrival is moved into the period, so the
 * statements of these tests never depend on today's date. Each test class uses years of its own.
 */
final class StatementData {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api admin;
    private final JdbcClient jdbc;

    StatementData(Api admin, JdbcClient jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
    }

    /** A PDF's text with every run of white space as one space: table cells wrap their words over lines. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private Api admin() {
        return admin;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String companyCode() {
        return Codes.companyCode();
    }

    String client(String language, String email) {
        var created = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","email":"%s","language":"%s","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(unique("UAB „Žąsų ūkis“ "), companyCode(), email, language));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    /** A request as the API registered it. */
    record Registered(String id, String number) {
    }

    /** A phone request of the client from Ona Onaitė, received at the given Vilnius time. */
    Registered request(String clientId, String summary, String description, LocalDateTime receivedAt) {
        var body = Fixtures.phoneRequest(null, unique("ona") + "@zasu-ukis.lt");
        body.put("clientId", clientId);
        body.put("summary", summary);
        body.put("description", description);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        jdbc.sql("UPDATE support_request SET received_at = :at WHERE id = CAST(:id AS uuid)")
                .param("at", receivedAt.atZone(Vilnius.ZONE).toOffsetDateTime()).param("id", created.field("id")).update();
        return new Registered(created.field("id"), created.field("number"));
    }

    String entry(String clientId, String requestId, String consultant, String day, int minutes, String category,
                 String description, String corrects) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, corrects, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), :consultant, :day, :minutes, 'PHONE', :category,
                  :description, CAST(:corrects AS uuid), now(), 'admin')
                """).param("id", id).param("request", requestId).param("client", clientId).param("consultant", consultant)
                .param("day", LocalDate.parse(day)).param("minutes", minutes).param("category", category)
                .param("description", description).param("corrects", corrects).update();
        return id.toString();
    }

    void subscribe(String clientId, String email, String frequency) {
        var put = admin().put("/api/v1/clients/" + clientId + "/report-subscription", """
                {"email":"%s","requestedAt":"2010-01-04T10:00:00+02:00","evidence":"email <%s@pastas.lt>","frequency":"%s"}"""
                .formatted(email, UUID.randomUUID(), frequency));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
    }
}
