package lt.pagalba.mail;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.billing.BillingEvents.BillingRunIssued;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.BillingEvents.ProformasIssued;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a billing run announces its proformas to the mail module in one small event naming the month,
 * stored once for the run instead of once per proforma (the mail module reads the run's proformas from
 * billing), and every proforma is still queued exactly once, also when that event is delivered again (as
 * after a crash, on restart). A run's event as the versions before stored it, naming every proforma, is
 * still taken.
 */
class RunProformaMailTests extends MailTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MONTH = "2002-07";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRunsProformasAreQueuedOnceEachFromOneStoredEventAndOnceOnlyWhenItComesAgain() throws Exception {
        drain();
        Map<String, String> emailOf = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String email = unique("kartu") + "@klientas.lt";
            String clientId = admin().post("/api/v1/clients", """
                    {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"%s",
                     "billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Kartu "), companyCode(), email))
                    .field("id");
            var body = phoneRequest(null, "k@klientas.lt");
            body.put("clientId", clientId);
            String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
            workEntry(clientId, requestId, LocalDate.of(2002, 7, 10 + i), 60 + 30 * i);
            emailOf.put(clientId, email);
        }
        var run = staffMember(unique("buh"), "ACCOUNTANT").post("/api/v1/billing-runs", "{\"period\":\"" + MONTH + "\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        List<InvoiceIssued> proformas = new ArrayList<>();
        for (JsonNode invoice : run.json().path("invoices")) {
            if (emailOf.containsKey(invoice.path("clientId").asString())) {
                proformas.add(new InvoiceIssued(InvoiceId.parse(invoice.path("id").asString()), invoice.path("number").asString(),
                        InvoiceType.PROFORMA, ClientId.parse(invoice.path("clientId").asString())));
            }
        }
        assertThat(proformas).hasSize(3);

        await().atMost(Duration.ofSeconds(20)).until(() -> proformas.stream().allMatch(p -> !outbox.forInvoice(p.invoiceId()).isEmpty()));
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteRunPublications() == 0);
        for (InvoiceIssued proforma : proformas) {
            assertThat(outbox.forInvoice(proforma.invoiceId())).as(proforma.number()).hasSize(1);
            assertThat(publicationsNaming(proforma)).as("no stored event names a proforma").isZero();
        }
        assertThat(runPublications()).as("one stored publication for the run").isEqualTo(1);

        // the run's event once more, as if it had not been marked complete before a crash
        transactions.executeWithoutResult(status -> events.publishEvent(new BillingRunIssued(MONTH, 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> runPublications() == 2 && incompleteRunPublications() == 0);
        for (InvoiceIssued proforma : proformas) {
            assertThat(outbox.forInvoice(proforma.invoiceId())).as("queued once only: " + proforma.number()).hasSize(1);
        }

        // a run's event as a version before stored it, naming its proformas, of which one's mail was not yet queued
        InvoiceIssued notYet = proformas.get(1);
        jdbc.sql("DELETE FROM outbox_attachment WHERE message_id IN (SELECT id FROM outbox_message WHERE invoice_id = :id)")
                .param("id", notYet.invoiceId().value()).update();
        jdbc.sql("DELETE FROM outbox_message WHERE invoice_id = :id").param("id", notYet.invoiceId().value()).update();
        drain();
        transactions.executeWithoutResult(status -> events.publishEvent(new ProformasIssued(MONTH, proformas)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !outbox.forInvoice(notYet.invoiceId()).isEmpty()
                && incompletePublicationsNaming(notYet) == 0);
        for (InvoiceIssued proforma : proformas) {
            assertThat(outbox.forInvoice(proforma.invoiceId())).as("queued once only: " + proforma.number()).hasSize(1);
        }

        drain();
        emailOf.values().forEach(email -> assertThat(TestSmtp.receivedBy(email)).as(email).hasSize(1));
    }

    private int runPublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%BillingRunIssued' AND serialized_event LIKE :month")
                .param("month", "%\"" + MONTH + "\"%").query(Integer.class).single();
    }

    private int incompleteRunPublications() {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE event_type LIKE '%BillingRunIssued' AND serialized_event LIKE :month
                  AND completion_date IS NULL""").param("month", "%\"" + MONTH + "\"%").query(Integer.class).single();
    }

    @Autowired
    ProformasOfTheVersionBefore versionBefore;
    @Autowired
    JsonMapper mapper;

    @Test
    void aProformasOwnEventLeftIncompleteByTheVersionBeforeIsQueuedOnceAtStart() {
        drain();
        String email = unique("senas") + "@klientas.lt";
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"%s",
                 "billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Senas "), companyCode(), email))
                .field("id");
        var body = phoneRequest(null, "s@klientas.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        workEntry(clientId, requestId, LocalDate.of(2005, 11, 14), 90);
        var run = staffMember(unique("buh"), "ACCOUNTANT").post("/api/v1/billing-runs", "{\"period\":\"2005-11\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        JsonNode invoice = java.util.stream.StreamSupport.stream(run.json().path("invoices").spliterator(), false)
                .filter(i -> i.path("clientId").asString().equals(clientId)).findFirst().orElseThrow();
        InvoiceIssued proforma = new InvoiceIssued(InvoiceId.parse(invoice.path("id").asString()), invoice.path("number").asString(),
                InvoiceType.PROFORMA, ClientId.parse(clientId));
        await().atMost(Duration.ofSeconds(20)).until(() -> !outbox.forInvoice(proforma.invoiceId()).isEmpty());
        // as the version before left it: the proforma's own event stored, its mail not yet queued
        jdbc.sql("DELETE FROM outbox_attachment WHERE message_id IN (SELECT id FROM outbox_message WHERE invoice_id = :id)")
                .param("id", proforma.invoiceId().value()).update();
        jdbc.sql("DELETE FROM outbox_message WHERE invoice_id = :id").param("id", proforma.invoiceId().value()).update();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                VALUES (gen_random_uuid(), :listener, :type, :event, now(), 'PUBLISHED', 1)""")
                .param("listener", ProformasOfTheVersionBefore.LISTENER).param("type", InvoiceIssued.class.getName())
                .param("event", mapper.writeValueAsString(proforma)).update();

        versionBefore.takeOver();
        versionBefore.takeOver(); // a second instance starting too

        assertThat(outbox.forInvoice(proforma.invoiceId())).as("queued once").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id = :listener AND completion_date IS NULL")
                .param("listener", ProformasOfTheVersionBefore.LISTENER).query(Integer.class).single()).isZero();
        drain();
        assertThat(TestSmtp.receivedBy(email)).hasSize(1);
    }

    private int publicationsNaming(InvoiceIssued proforma) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + proforma.invoiceId().value() + "%").query(Integer.class).single();
    }

    private int incompletePublicationsNaming(InvoiceIssued proforma) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + proforma.invoiceId().value() + "%").query(Integer.class).single();
    }
}
