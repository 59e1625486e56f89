package lt.pagalba.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lt.pagalba.inbox.MailboxDriver;
import lt.pagalba.mail.OutboxDriver;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The conversation in Chromium, with a real mail server: a consultant answers from the request page
 * with a template and logs the time, the administrator sees the whole conversation in order with
 * names, nothing anyone typed runs as script, refusals sit beside their fields, the dashboard lists
 * whom nobody has contacted, and the page works at a phone's width and from the keyboard.
 */
@ContextConfiguration(initializers = ConversationMailServer.class)
class ConversationBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantAnswersWithATemplateInTheClientsLanguageAndLogsTheTime() throws Exception {
        Opened request = Opened.by(admin(), api());
        String template = defaultTemplateId("lt");
        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        page.navigate(url("/requests/" + request.id()));

        assertThat(page.locator("a.phone")).hasAttribute("href", "tel:+37061234567");
        page.click("#contact-email");
        assertThat(page.locator("#reply-body")).isFocused();
        page.selectOption("#reply-template", template);
        assertThat(page.locator("#reply-subject")).hasValue("Prašome išsamiau aprašyti problemą");
        assertThat(page.locator("#reply-body")).hasValue(Pattern.compile(
                "^Sveiki, Ona,\\n\\ndėkojame.*kreipinio numeris " + request.number() + "\\.\\n\\nPagarbiai\\n"
                        + request.consultantName() + "$", Pattern.DOTALL));
        page.fill("#reply-cc", "vadove@klientas.test");
        page.setInputFiles("#reply-files", new FilePayload("Ekrano nuotrauka – klaida.png", "image/png",
                "png".getBytes(StandardCharsets.UTF_8)));
        page.focus("#send-reply-log");
        page.keyboard().press("Enter");

        assertThat(page.locator("#conversation-notice")).containsText("laikas įrašytas");
        Locator reply = page.locator("#timeline li.reply").last();
        assertThat(reply).containsText(request.consultantName());
        assertThat(reply).containsText("[" + request.number() + "] Prašome išsamiau aprašyti problemą");
        assertThat(reply.locator(".delivery")).hasText("laukia išsiuntimo");
        assertThat(reply.locator(".files a")).hasText("Ekrano nuotrauka – klaida.png");
        assertThat(page.locator("#work-entries")).containsText("0:10");

        sendReply(reply.locator(".entry-head").getAttribute("id").substring("message-".length()));
        page.reload();
        assertThat(page.locator("#timeline li.reply .delivery").last()).hasText("išsiųstas");
        MimeMessage received = ConversationMailServer.receivedBy(request.contactEmail()).get(0);
        assertThat(received.getSubject()).isEqualTo("[" + request.number() + "] Prašome išsamiau aprašyti problemą");
        assertThat(ConversationMailServer.recipients(received, Message.RecipientType.CC)).containsExactly("vadove@klientas.test");
        assertThat(admin().get("/api/v1/requests/" + request.id()).field("firstContactAt")).isNotNull();
    }

    @Test
    void theAdministratorSeesTheWholeConversationInOrderWithNamesAndTheNewestAtTheBottom() throws Exception {
        Opened request = Opened.by(admin(), api());
        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Ar ataskaita jau atsidaro?"}""");
        sendReply(reply.field("id"));
        String ours = ConversationMailServer.receivedBy(request.contactEmail()).get(0).getMessageID();
        answer(request.contactEmail(), "Re: ataskaita", "Taip, ačiū!\n\n> Ar ataskaita jau atsidaro?\n> Jonas", ours);
        assertThat(MailboxDriver.pollNow(context)).isEqualTo(1);
        request.asConsultant().post("/api/v1/requests/" + request.id() + "/calls", """
                {"direction":"INBOUND","minutes":7,"note":"Klientė paskambino padėkoti.","workEntry":false}""");
        request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","body":"Galima uždaryti."}""");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + request.id() + "?lang=lt"));

        Locator entries = page.locator("#timeline ol.conversation > li");
        List<String> kinds = entries.evaluateAll("items => items.map(i => i.className.replace('entry ', ''))")
                instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
        assertThat(kinds).containsSubsequence("event", "reply", "email", "call", "note");
        assertThat(kinds.get(kinds.size() - 1)).as("the newest at the bottom, beside the reply box").isEqualTo("note");
        assertThat(page.locator("#timeline li.event").nth(1)).containsText(request.consultantName());
        assertThat(page.locator("#timeline")).not().containsText(request.consultant());
        Locator email = page.locator("#timeline li.email");
        assertThat(email).containsText("Gautas el. laiškas");
        assertThat(email.locator(".direction")).hasText("gauta");
        assertThat(email).containsText("Ona Onaitė");
        assertThat(email.locator(".email-text")).hasText("Taip, ačiū!");
        assertThat(email.locator("details.quoted .body")).not().isVisible();
        email.locator("details.quoted summary").click();
        assertThat(email.locator("details.quoted .body")).isVisible();
        assertThat(page.locator("#timeline li.call")).containsText("skambino klientas");
        assertThat(page.locator("#timeline li.call")).containsText("7 min.");
        assertThat(page.locator("#timeline li.note")).containsText("vidinė pastaba");
        assertThat(page.locator("#timeline li.reply .delivery")).hasText("išsiųstas");
    }

    @Test
    void theClientsFilesAndStaffsAreListedTogetherOnTheRequestWithTheirLithuanianNames() throws Exception {
        Opened request = Opened.by(admin(), api());
        byte[] notes = "Klientė skambino iš Šiaulių.".getBytes(StandardCharsets.UTF_8);
        MultipartBody note = new MultipartBody().message("""
                {"kind":"NOTE","body":"Pokalbio santrauka prisegta."}""").file("Pokalbio santrauka – Šiauliai.txt", "text/plain", notes);
        assertThat(request.asConsultant().send("POST", request.messages(), note.bytes(), note.contentType()).status()).isEqualTo(201);
        byte[] screenshot = ("png " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        answerWithFile(request.contactEmail(), "Re: [" + request.number() + "] ataskaita", "Prisegu klaidos vaizdą.",
                "Klaidos langas – šįryt.png", screenshot);
        assertThat(MailboxDriver.pollNow(context)).isEqualTo(1);

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + request.id() + "?lang=lt"));

        Locator files = page.locator("#request-files");
        assertThat(files.locator("h3")).hasText("Kreipinio failai (2)");
        assertThat(files.locator("tr").nth(0)).containsText("Pokalbio santrauka – Šiauliai.txt");
        assertThat(files.locator("tr").nth(0)).containsText("vidinėje pastaboje");
        assertThat(files.locator("tr").nth(0)).containsText(request.consultantName());
        assertThat(files.locator("tr").nth(1)).containsText("Klaidos langas – šįryt.png");
        assertThat(files.locator("tr").nth(1)).containsText("kliento laiške");
        assertThat(files.locator("tr").nth(1)).containsText("Ona Onaitė");
        Download fromClient = page.waitForDownload(() -> files.locator("a", new Locator.LocatorOptions().setHasText("Klaidos langas")).click());
        assertThat(fromClient.suggestedFilename()).isEqualTo("Klaidos langas – šįryt.png");
        assertThat(Files.readAllBytes(fromClient.path())).isEqualTo(screenshot);
        Download ours = page.waitForDownload(() -> files.locator("a", new Locator.LocatorOptions().setHasText("Pokalbio santrauka")).click());
        assertThat(ours.suggestedFilename()).isEqualTo("Pokalbio santrauka – Šiauliai.txt");
        assertThat(Files.readAllBytes(ours.path())).isEqualTo(notes);
        files.locator("tr").nth(1).locator("a").last().click();
        assertThat(page).hasURL(Pattern.compile("#email-"));
    }

    @Test
    void linksAreWrittenAsTheyAreAndThePagesOwnScriptsAndStylesStillLoad() {
        Opened request = Opened.by(admin(), api());
        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        page.navigate(url("/requests/" + request.id()));

        // the version-less webjar URL is served as written (the resource chain resolves it when asked for it)
        assertThat(page.locator("script[src*=htmx]")).hasAttribute("src", "/webjars/htmx.org/dist/htmx.min.js");
        assertThat(page.evaluate("() => typeof htmx")).isEqualTo("object");
        assertThat(page.locator("link[rel=stylesheet]")).hasAttribute("href", "/css/pagalba.css");
        assertThat(page.locator("body").evaluate("b => getComputedStyle(b).fontFamily")).asString().contains("system-ui");
        assertThat(page.locator("form#reply")).hasAttribute("action", "/requests/" + request.id() + "/messages");
    }

    @Test
    void aScriptInAReplyOrANoteDoesNotRun() {
        Opened request = Opened.by(admin(), api());
        String attack = "<script>window.hacked = 1</script><img src=x onerror=\\\"window.hacked = 2\\\">";
        request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","subject":"%s","body":"%s"}""".formatted(attack, attack));
        request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","body":"%s"}""".formatted(attack));

        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        page.navigate(url("/requests/" + request.id()));

        assertThat(page.locator("#timeline li.note .body")).hasText("<script>window.hacked = 1</script><img src=x onerror=\"window.hacked = 2\">");
        assertThat(page.locator("#timeline li.reply .body")).containsText("<script>");
        assertThat(page.locator("#timeline img")).hasCount(0);
        assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);
    }

    @Test
    void refusalsStandBesideTheirFieldsAndAClosedRequestOffersNoForm() {
        Opened request = Opened.by(admin(), api());
        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        page.navigate(url("/requests/" + request.id() + "?lang=en"));

        page.fill("#reply-cc", "not an address");
        page.fill("#reply-body", "A reply that must not leave.");
        page.click("#send-reply");

        assertThat(page.locator("#reply-cc-error")).containsText("\"not\" is not an e-mail address");
        assertThat(page.locator("#reply-body")).hasValue("A reply that must not leave.");
        assertThat(page.locator("#timeline li.reply")).hasCount(0);
        page.fill("#call-minutes", "0");
        page.fill("#call-note", "Kalbėjome");
        page.click("#log-call");
        assertThat(page.locator("#call-minutes-error")).containsText("1");

        admin().post("/api/v1/requests/" + request.id() + "/status", """
                {"status":"CLOSED"}""");
        page.reload();
        assertThat(page.locator("#conversation-closed")).isVisible();
        assertThat(page.locator("#reply")).hasCount(0);
    }

    @Test
    void theDashboardListsAssignedRequestsNobodyContactedOldestFirstWithTheirAge() {
        OffsetDateTime now = OffsetDateTime.now(Vilnius.ZONE);
        Opened older = Opened.by(admin(), api(), now.minusHours(5).toString());
        Opened newer = Opened.by(admin(), api(), now.minusMinutes(30).toString());

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/?lang=lt"));
        Locator list = page.locator("#not-contacted");
        String text = list.textContent();
        assertThat(text.indexOf(older.number())).isLessThan(text.indexOf(newer.number())).isNotNegative();
        assertThat(list.locator("tr", new Locator.LocatorOptions().setHasText(older.number())).locator(".age")).hasText("5 val. 0 min.");

        older.asConsultant().post(older.messages(), """
                {"kind":"REPLY","body":"Laba diena."}""");
        page.reload();
        assertThat(page.locator("#not-contacted")).not().containsText(older.number());
        assertThat(page.locator("#not-contacted")).containsText(newer.number());
    }

    @Test
    void theConversationFitsAPhoneAndIsUsedFromTheKeyboard() {
        Opened request = Opened.by(admin(), api());
        request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","body":"Ilga pastaba be tarpų: %s"}""".formatted("x".repeat(300)));
        page.setViewportSize(390, 844);
        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        page.navigate(url("/requests/" + request.id()));

        for (String part : List.of("#timeline", "#reply", "#call")) {
            double right = ((Number) page.locator(part).evaluate("e => e.getBoundingClientRect().right")).doubleValue();
            assertThat(right).as(part + " within 390 px").isLessThanOrEqualTo(390);
        }
        page.focus("#reply-body");
        page.keyboard().type("Atsakymas klaviatūra.");
        page.keyboard().press("Tab"); // the files
        page.keyboard().press("Tab"); // the minutes
        page.keyboard().press("Tab"); // the category
        page.keyboard().press("Tab");
        assertThat(page.locator("#send-reply")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#conversation-notice")).isVisible();
        assertThat(page.locator("#timeline li.reply .body")).hasText("Atsakymas klaviatūra.");
    }

    @Test
    void aClientWhoRegistersOnTheWebFormGetsOneAcknowledgementInTheFormsLanguage() {
        String email = "forma." + UUID.randomUUID().toString().substring(0, 6) + "@klientas.test";
        page.navigate(url("/pagalba?lang=en"));
        page.fill("#companyName", "UAB Forma " + UUID.randomUUID().toString().substring(0, 6));
        page.fill("[id='contact.firstName']", "Eglė");
        page.fill("[id='contact.lastName']", "Eglaitė");
        page.fill("[id='contact.position']", "Accountant");
        page.fill("[id='contact.phone']", "8 5 278 0670");
        page.fill("[id='contact.email']", email);
        page.fill("#summary", "Importing the bank statement fails");
        page.click("#web-form button[type=submit]");
        String number = page.locator("#registered-number").textContent().trim();

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE kind = 'ACKNOWLEDGEMENT' AND recipient = :r")
                .param("r", email).query(Long.class).single() == 1);
        OutboxDriver.sendDue(context);

        assertThat(ConversationMailServer.receivedBy(email)).singleElement().satisfies(ack -> assertThat(ack.getSubject())
                .isEqualTo("Your request is registered [" + number + "]: Importing the bank statement fails"));
    }

    private String defaultTemplateId(String language) {
        for (var t : admin().get("/api/v1/reply-templates").json().path("items")) {
            if (t.path("name").asString().equals("Prašymas išsamiai aprašyti problemą") && t.path("language").asString().equals(language)) {
                return t.path("id").asString();
            }
        }
        throw new AssertionError("no default template");
    }

    private void sendReply(String messageId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE source_key = :k")
                .param("k", "reply:" + messageId).query(Long.class).single() == 1);
        OutboxDriver.sendDue(context);
    }

    /** The client's e-mail with a file, its name in Lithuanian letters (RFC 2231, as mail programs write it). */
    private static void answerWithFile(String from, String subject, String text, String fileName, byte[] content) throws Exception {
        MimeMessage answer = new MimeMessage(ConversationMailServer.session());
        answer.setFrom(new InternetAddress(from, "Ona Onaitė", "UTF-8"));
        answer.setRecipients(Message.RecipientType.TO, ConversationMailServer.SUPPORT);
        answer.setSubject(subject, "UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "image/png")));
        file.setFileName(fileName);
        file.setDisposition(Part.ATTACHMENT);
        answer.setContent(new MimeMultipart(body, file));
        ConversationMailServer.send(answer);
    }

    private static void answer(String from, String subject, String text, String inReplyTo) throws Exception {
        MimeMessage answer = new MimeMessage(ConversationMailServer.session());
        answer.setFrom(new InternetAddress(from, "Ona Onaitė", "UTF-8"));
        answer.setRecipients(Message.RecipientType.TO, ConversationMailServer.SUPPORT);
        answer.setSubject(subject, "UTF-8");
        answer.setText(text, "UTF-8");
        answer.setHeader("In-Reply-To", inReplyTo);
        ConversationMailServer.send(answer);
    }
}
