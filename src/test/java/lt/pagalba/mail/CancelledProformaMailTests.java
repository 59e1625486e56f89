package lt.pagalba.mail;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.StreamSupport;
import lt.pagalba.shared.InvoiceId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Issue 13 item 5: a proforma cancelled before its e-mail left never reaches the client. */
class CancelledProformaMailTests extends MailTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void cancellingAProformaWithdrawsItsMailNotYetSent() throws Exception {
        drain();
        String email = unique("atsaukta") + "@klientas.lt";
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"%s",
                 "billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Atšaukta "), companyCode(), email))
                .field("id");
        var body = phoneRequest(null, "a@klientas.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        workEntry(clientId, requestId, LocalDate.of(2021, 5, 10), 90);
        var accountant = staffMember(unique("buh"), "ACCOUNTANT");
        var run = accountant.post("/api/v1/billing-runs", "{\"period\":\"2021-05\"}");
        String invoiceId = StreamSupport.stream(run.json().path("invoices").spliterator(), false)
                .filter(i -> i.path("clientId").asString().equals(clientId)).findFirst().orElseThrow().path("id").asString();
        InvoiceId invoice = InvoiceId.parse(invoiceId);
        await().atMost(Duration.ofSeconds(15)).until(() -> !outbox.forInvoice(invoice).isEmpty());
        assertThat(outbox.forInvoice(invoice).get(0).status()).isEqualTo("QUEUED");

        assertThat(accountant.post("/api/v1/invoices/" + invoiceId + "/cancel", "").field("status")).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(15)).until(() -> "WITHDRAWN".equals(outbox.forInvoice(invoice).get(0).status()));
        drain();

        assertThat(TestSmtp.receivedBy(email)).isEmpty();
        assertThat(outbox.forInvoice(invoice)).singleElement().extracting(OutboxMessage::status).isEqualTo("WITHDRAWN");
    }
}
