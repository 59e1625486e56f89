package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.shared.RequestId;
import lt.pagalba.statement.StatementFiles;
import lt.pagalba.tax.EInvoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Issue 12, item 7: what a registration's acknowledgement is and when none goes out, against the outbox
 * alone (the same context as {@link MailModuleTests}); the listener is called as the registry calls it,
 * once or again for a redelivered event.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, extraIncludes = "audit")
@Import(EmbeddedDatabaseConfiguration.class)
class AcknowledgementTests {

    @Autowired
    Outbox outbox;
    @Autowired
    MailTemplates templates;
    @Autowired
    MessageSource messages;

    @MockitoBean
    ClientDirectory clients;
    @MockitoBean
    InvoiceBook invoices;
    @MockitoBean
    InvoiceFiles invoiceFiles;
    @MockitoBean
    StatementFiles statementFiles;
    @MockitoBean
    ConversationFiles conversationFiles;
    @MockitoBean
    EInvoices eInvoices;
    @MockitoBean
    RequestDesk requests;

    private Acknowledgement acknowledgement;

    @BeforeEach
    void byDefault() {
        acknowledgement = new Acknowledgement(outbox, templates, messages, "EMAIL,WEB");
    }

    @Test
    void aRequestByEmailIsAcknowledgedOnceInItsLanguageThreadedUnderTheClientsMail() {
        RequestRegistered registered = registered(Channel.EMAIL, RequestStatus.ASSIGNED, "en", false);

        acknowledgement.on(registered);
        acknowledgement.on(registered); // the registry redelivers it after a crash

        assertThat(outbox.forRequest(registered.requestId())).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo("ACKNOWLEDGEMENT");
            assertThat(mail.recipient()).isEqualTo("ona@klientas.lt");
            assertThat(mail.subject()).isEqualTo("Your request is registered [2026-000123]: The annual report does not open");
            assertThat(mail.bodyText()).contains("registered it under number 2026-000123",
                    "The annual report does not open", "reply to this e-mail");
        });
        assertThat(outbox.bySource("ack:" + registered.requestId()).orElseThrow().messageId()).isNotNull();
    }

    @Test
    void aWebFormRequestIsAcknowledgedInLithuanian() {
        RequestRegistered registered = registered(Channel.WEB, RequestStatus.REGISTERED, "lt", false);

        acknowledgement.on(registered);

        assertThat(outbox.forRequest(registered.requestId())).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("Jūsų kreipinys užregistruotas [2026-000123]: The annual report does not open"));
    }

    @Test
    void noAcknowledgementForThePhoneByDefaultForAutomaticMailOrForARequestWaitingForInformation() {
        RequestRegistered phone = registered(Channel.PHONE, RequestStatus.ASSIGNED, "lt", false);
        RequestRegistered automatic = registered(Channel.EMAIL, RequestStatus.REGISTERED, "lt", true);
        RequestRegistered waiting = registered(Channel.EMAIL, RequestStatus.AWAITING_INFORMATION, "lt", false);

        acknowledgement.on(phone);
        acknowledgement.on(automatic);
        acknowledgement.on(waiting);

        assertThat(outbox.forRequest(phone.requestId())).isEmpty();
        assertThat(outbox.forRequest(automatic.requestId())).isEmpty();
        assertThat(outbox.forRequest(waiting.requestId())).as("the R2 reply tells its number").isEmpty();
    }

    @Test
    void thePhoneChannelCanBeSwitchedOn() {
        RequestRegistered phone = registered(Channel.PHONE, RequestStatus.ASSIGNED, "lt", false);

        new Acknowledgement(outbox, templates, messages, "EMAIL, WEB, PHONE").on(phone);

        assertThat(outbox.forRequest(phone.requestId())).hasSize(1);
    }

    private static RequestRegistered registered(Channel channel, RequestStatus status, String language, boolean automatic) {
        return new RequestRegistered(RequestId.random(), "2026-000123", null, channel, false, status,
                "The annual report does not open", "ona@klientas.lt", language,
                channel == Channel.EMAIL ? "<laiskas@klientas.lt>" : null, automatic);
    }
}
