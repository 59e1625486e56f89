package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.pagalba.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** R12: a statement sent to a subscriber arrives over SMTP with the very PDF Pagalba keeps of it. */
class StatementDeliveryTests extends MailTestSupport {

    @Test
    void aSubscriberReceivesTheStatementWithItsPdf() throws Exception {
        drain();
        String subscriber = unique("ona") + "@zasu-ukis.lt";
        var client = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","email":"%s","language":"lt","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(unique("UAB „Žąsų ūkis“ "), companyCode(), subscriber));
        assertThat(client.status()).as(client.text()).isEqualTo(201);
        String clientId = client.field("id");
        var body = Fixtures.phoneRequest(null, subscriber);
        body.put("clientId", clientId);
        var request = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body));
        assertThat(request.status()).as(request.text()).isEqualTo(201);
        workEntry(clientId, request.field("id"), LocalDate.of(2011, 8, 10), 90);
        assertThat(admin().put("/api/v1/clients/" + clientId + "/report-subscription", """
                {"email": "%s", "requestedAt": "2011-07-01T10:00:00+03:00", "evidence": "email <abc@zasu-ukis.lt>",
                 "frequency": "MONTH"}""".formatted(subscriber)).status()).isEqualTo(200);

        var made = admin().post("/api/v1/clients/" + clientId + "/statements",
                "{\"from\": \"2011-08-01\", \"to\": \"2011-08-31\", \"send\": true}");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        String id = made.field("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.bySource("statement:" + id), Optional::isPresent);
        drain();

        List<MimeMessage> received = TestSmtp.receivedBy(subscriber);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).startsWith("Išrašas iš konsultacijų žurnalo 2011-08-01 – 2011-08-31");
        Part attachment = attachment((Multipart) mail.getContent());
        assertThat(attachment.getFileName()).isEqualTo("israsas-2011-08-01-2011-08-31.pdf");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(pdf);
        assertThat(pdf.toByteArray()).isEqualTo(admin().get("/api/v1/statements/" + id + "/pdf").bytes());
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("IŠRAŠAS IŠ KONSULTACIJŲ ŽURNALO");
        }
    }

    private static Part attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart inner) {
                try {
                    return attachment(inner);
                } catch (AssertionError notThere) {
                    // look on
                }
            }
        }
        throw new AssertionError("no attachment");
    }
}
