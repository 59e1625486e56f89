package lt.pagalba.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import org.junit.jupiter.api.Test;

/** R1–R3, R6 over a real IMAP mailbox: mails become requests, replies join them, urgent ones are dispatched. */
class MailIntakeTests extends MailboxTestSupport {

    @Test
    void aMailFromAKnownContactBecomesACompleteRequestWithItsFiles() throws Exception {
        String company = unique("UAB Žinomas ");
        String clientId = client(company);
        String email = unique("rasa.") + "@zinomas.lt";
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasienė","position":"Buhalterė","phone":"+37061234567","email":"%s"}"""
                .formatted(email));
        byte[] pdf = "%PDF-1.4 sąskaita".getBytes(StandardCharsets.UTF_8);
        String messageId = "<" + unique("known-") + "@zinomas.lt>";
        deliver(("""
                From: Rasa <%s>
                To: pagalba@stekas.lt
                Subject: =?UTF-8?Q?Neveikia_s=C4=85skait=C5=B3_importas?=
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Laba diena, importuojant sąskaitas programa užstringa.
                --b1
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''s%%C4%%85skaita%%22%%0D%%0AX-Evil%%3A%%201.pdf
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """).formatted(email, messageId, Base64.getEncoder().encodeToString(pdf)).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8));

        MailboxPoll poll = poller.pollNow();

        assertThat(poll.registered()).isEqualTo(1);
        RequestView request = requestOf(messageId);
        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.status()).isIn(RequestStatus.REGISTERED, RequestStatus.ASSIGNED);
        assertThat(request.missingItems()).isEmpty();
        assertThat(request.client().name()).isEqualTo(company);
        assertThat(request.contact().fullName()).isEqualTo("Rasa Rasienė");
        assertThat(request.contact().position()).isEqualTo("Buhalterė");
        assertThat(request.summary()).isEqualTo("Neveikia sąskaitų importas");
        assertThat(request.description()).isEqualTo("Laba diena, importuojant sąskaitas programa užstringa.");
        assertThat(request.urgent()).isFalse();
        assertThat(outboxFor(request.id())).isEmpty(); // nothing missing: no automatic reply
        assertThat(unseen()).isZero();

        @SuppressWarnings("unchecked")
        var files = (List<Map<String, Object>>) emails(request.id()).get(0).detail("attachments");
        assertThat(files).extracting(f -> f.get("name")).containsExactly("sąskaita\"X-Evil: 1.pdf");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/mail/attachments/" + files.get(0).get("id")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().map()).doesNotContainKey("x-evil");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''s%C4%85skaita").doesNotContain("\r", "\n");
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/mail/attachments/" + files.get(0).get("id"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
    }

    @Test
    void anUnknownSenderWaitsForTheMissingItemsAndTheReplyCompletesTheRequest() {
        String sender = unique("ruta.") + "@nezinoma.lt";
        String messageId = deliver("\"Rūta Rūtaitė\" <" + sender + ">", "Neveikia PVM deklaracija",
                "Laba diena,\nnepavyksta pateikti PVM deklaracijos.\nRūta");

        poller.pollNow();

        RequestView waiting = requestOf(messageId);
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(waiting.channel()).isEqualTo(Channel.EMAIL);
        assertThat(waiting.missingItems()).containsExactly("companyName", "contact.position", "contact.phone");
        assertThat(waiting.contact().fullName()).isEqualTo("Rūta Rūtaitė");
        var replies = outboxFor(waiting.id());
        assertThat(replies).hasSize(1);
        Map<String, Object> reply = replies.get(0);
        assertThat(reply.get("kind")).isEqualTo("AUTO_REPLY_MISSING");
        assertThat(reply.get("recipient")).isEqualTo(sender);
        assertThat(reply.get("in_reply_to")).isEqualTo(messageId);
        assertThat((String) reply.get("subject")).contains("[" + waiting.number() + "]").contains("Neveikia PVM deklaracija");
        String body = (String) reply.get("body_text");
        assertThat(body).contains("Įmonė:", "Pareigos:", "Telefonas:", waiting.number())
                .doesNotContain("Vardas:", "Pavardė:", "El. paštas:");
        assertThat((String) reply.get("body_html")).contains("Įmonė:");

        String company = unique("UAB Atsiliepęs ");
        String replyId = deliver("Rūta Rūtaitė <" + sender + ">", "Re: " + reply.get("subject"), """
                Įmonė: %s
                Pareigos: vyr. buhalterė
                Telefonas: 8 612 34567

                2026-11-25, Pagalba <pagalba@stekas.lt> rašė:
                > Įmonė:
                > Pareigos:
                """.formatted(company), "In-Reply-To: " + reply.get("message_id"));
        MailboxPoll poll = poller.pollNow();

        assertThat(poll.joined()).isEqualTo(1);
        assertThat(inbound(replyId).get("status")).isEqualTo("JOINED");
        RequestView complete = desk.get(waiting.id());
        assertThat(complete.status()).isIn(RequestStatus.REGISTERED, RequestStatus.ASSIGNED);
        assertThat(complete.missingItems()).isEmpty();
        assertThat(complete.client().name()).isEqualTo(company);
        assertThat(complete.contact().position()).isEqualTo("vyr. buhalterė");
        assertThat(complete.contact().phone().e164()).isEqualTo("+37061234567");
        assertThat(complete.number()).isEqualTo(waiting.number());
        assertThat(outboxFor(waiting.id())).hasSize(1); // nothing missing any more: no second reply
        assertThat(emails(waiting.id())).hasSize(2);
        assertThat((String) emails(waiting.id()).get(1).detail("text")).startsWith("Įmonė: " + company)
                .doesNotContain("rašė");
    }

    @Test
    void anEnglishMailGetsItsAutomaticReplyInEnglish() {
        String sender = unique("john.") + "@unknown.example";
        String messageId = deliver("John Smith <" + sender + ">", "The invoice export does not work",
                "Hello,\nthe export of invoices does not work since the update. Please help.\nRegards, John");
        poller.pollNow();

        RequestView waiting = requestOf(messageId);
        String body = (String) outboxFor(waiting.id()).get(0).get("body_text");
        assertThat(body).contains("Company:", "Position:", "Phone:", "Hello,").doesNotContain("Įmonė");
    }

    @Test
    void aReplyToAPagalbaMailJoinsTheRightRequest() {
        String sender = unique("jonas.") + "@atsakantis.lt";
        String first = deliver("Jonas Jonaitis <" + sender + ">", "Klausimas dėl ataskaitų", "Kaip suformuoti ataskaitą?");
        String other = deliver("Ona Onaitė <" + unique("ona.") + "@kita.lt>", "Kitas klausimas", "Kitas tekstas");
        poller.pollNow();
        RequestView request = requestOf(first);
        String pagalbasMail = (String) outboxFor(request.id()).get(0).get("message_id");

        String answer = deliver("Jonas Jonaitis <" + unique("kitas.") + "@atsakantis.lt>", "Papildymas be numerio",
                "Pridedu daugiau informacijos.\n\n> senas laiškas", "In-Reply-To: " + pagalbasMail,
                "References: <unknown@elsewhere> " + pagalbasMail);
        poller.pollNow();

        assertThat(inbound(answer).get("request_id")).isEqualTo(request.id().text());
        assertThat(inbound(other).get("request_id")).isNotEqualTo(request.id().text());
        var joined = emails(request.id());
        assertThat(joined).hasSize(2);
        assertThat(joined.get(1).detail("text")).isEqualTo("Pridedu daugiau informacijos.");
        // another address may add to the timeline but cannot fill in the requester's data, nor is it asked to
        assertThat(desk.get(request.id()).status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(outboxFor(request.id())).hasSize(1);
    }

    @Test
    void aReplyToADuplicateMergedIntoAnotherRequestJoinsTheRequestItWasMergedInto() {
        String clientId = client(unique("UAB Dvigubas "));
        String email = unique("rasa.") + "@dvigubas.lt";
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasienė","position":"Buhalterė","phone":"+37062222222","email":"%s"}"""
                .formatted(email));
        String first = deliver(email, "Neveikia banko importas", "Importas stringa.");
        String again = deliver(email, "Vėl dėl banko importo", "Importas vis dar stringa.");
        poller.pollNow();
        RequestView survivor = requestOf(first);
        RequestView duplicate = requestOf(again);
        var merged = admin().post("/api/v1/requests/" + duplicate.id().text() + "/merge",
                "{\"into\": \"" + survivor.number() + "\"}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);

        String byNumber = deliver(email, "Re: [" + duplicate.number() + "] Vėl dėl banko importo", "Štai ekrano nuotrauka.");
        String byCitation = deliver(email, "Atsakymas", "Dar vienas papildymas.", "In-Reply-To: " + again);
        poller.pollNow();

        assertThat(inbound(byNumber).get("request_id")).isEqualTo(survivor.id().text());
        assertThat(inbound(byCitation).get("request_id")).isEqualTo(survivor.id().text());
        assertThat(emails(survivor.id())).extracting(e -> e.detail("text"))
                .contains("Štai ekrano nuotrauka.", "Dar vienas papildymas.");
    }

    @Test
    void aSenderKnownToSeveralClientsMustNameTheCompany() {
        String email = unique("konsultante.") + "@buhalterija.lt";
        for (String company : List.of(unique("UAB Pirmas "), unique("UAB Antras "))) {
            admin().post("/api/v1/clients/" + client(company) + "/contacts", """
                    {"firstName":"Daiva","lastName":"Daivienė","position":"Buhalterė","phone":"+37062222222","email":"%s"}"""
                    .formatted(email));
        }
        String messageId = deliver(email, "Kuriai įmonei?", "Klausimas dėl vienos iš mano įmonių.");
        poller.pollNow();

        RequestView request = requestOf(messageId);
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(request.missingItems()).containsExactly("companyName");
        assertThat(request.contact().fullName()).isEqualTo("Daiva Daivienė");
        assertThat((String) outboxFor(request.id()).get(0).get("body_text")).contains("Įmonė:").doesNotContain("Telefonas:");
    }

    @Test
    void anUrgentMailFromAKnownContactIsDispatchedAtOnce() {
        String consultant = unique("budintis");
        var member = staffMember(consultant, "CONSULTANT");
        assertThat(member.put("/api/v1/staff/" + consultant + "/availability", "{\"available\": true}").status()).isEqualTo(200);
        String clientId = client(unique("UAB Skubus "));
        String email = unique("vadove.") + "@skubus.lt";
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Eglė","lastName":"Eglienė","position":"Direktorė","phone":"+37061111111","email":"%s"}"""
                .formatted(email));

        String bySubject = deliver(email, "SKUBU: neveikia kasa", "Kasa neveikia nuo ryto.");
        String byHeader = deliver(email, "Neveikia serveris", "Serveris neveikia.", "Importance: high");
        String stranger = deliver(unique("x.") + "@svetimas.lt", "Skubu!!!", "Padėkite.");
        poller.pollNow();

        for (String key : List.of(bySubject, byHeader)) {
            RequestView urgent = requestOf(key);
            assertThat(urgent.urgent()).isTrue();
            assertThat(urgent.status()).isEqualTo(RequestStatus.ASSIGNED);
            assertThat(urgent.lead()).isPresent();
        }
        RequestView notUrgent = requestOf(stranger);
        assertThat(notUrgent.urgent()).isFalse();
        assertThat(notUrgent.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
    }

    @Test
    void aMessageTooLargeIsRegisteredButItsFilesAreRefusedWithAReply() {
        String sender = unique("didelis.") + "@siuntejas.lt";
        String big = Base64.getMimeEncoder().encodeToString(new byte[MAX_MESSAGE_BYTES]);
        String messageId = "<" + unique("big-") + "@siuntejas.lt>";
        deliver(("From: Didelis Siuntejas <" + sender + ">\r\nTo: pagalba@stekas.lt\r\nSubject: Duomenų bazė\r\n"
                + "Message-ID: " + messageId + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSiunčiu duomenų bazę.\r\n"
                + "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"db.bak\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + big + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8));

        poller.pollNow();

        RequestView request = requestOf(messageId);
        assertThat(request.description()).isEqualTo("Siunčiu duomenų bazę.");
        assertThat(emails(request.id()).get(0).detail("attachments")).asList().isEmpty();
        assertThat(emails(request.id()).get(0).detail("refused")).isEqualTo(1);
        assertThat(outboxFor(request.id())).extracting(m -> m.get("kind"))
                .containsExactlyInAnyOrder("AUTO_REPLY_MISSING", "AUTO_REPLY_TOO_LARGE");
        assertThat(outboxFor(request.id()).stream().filter(m -> m.get("kind").equals("AUTO_REPLY_TOO_LARGE"))
                .findFirst().orElseThrow().get("body_text").toString()).contains("1 MB", request.number());
    }
}
