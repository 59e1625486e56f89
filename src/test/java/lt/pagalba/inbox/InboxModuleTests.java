package lt.pagalba.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.mail.Outbox;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.statement.StatementFiles;
import lt.pagalba.support.NoLiveNotices;
import lt.pagalba.tax.EInvoices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The inbox with the modules it uses (request, client and the outbox, with the staff and audit
 * modules those need); what the outbox reads from billing, statements, the conversation and tax is never
 * asked here, so those stand-ins stay silent. No mailbox is read: messages are handed to the intake as the poller
 * hands them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"staff", "audit"})
@Import({EmbeddedDatabaseConfiguration.class, NoLiveNotices.class})
class InboxModuleTests {

    @Autowired
    MailIntake intake;
    @Autowired
    RequestDesk desk;
    @Autowired
    Outbox outbox;

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

    @Test
    void aMailFromAStrangerBecomesARequestWaitingForWhatIsMissingAndItsSenderIsAsked() {
        String messageId = "<" + UUID.randomUUID() + "@klientas.lt>";
        byte[] raw = ("From: =?UTF-8?Q?R=C5=ABta_R=C5=ABtait=C4=97?= <ruta@nezinoma.lt>\r\nTo: pagalba@stekas.lt\r\nSubject: Neveikia PVM deklaracija\r\n"
                + "Message-ID: " + messageId + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Laba diena, nepavyksta pateikti PVM deklaracijos.\r\n").getBytes(StandardCharsets.UTF_8);

        MailIntake.Outcome outcome = intake.receive(List.of(raw)).get(0);

        assertThat(outcome.status()).isEqualTo("REGISTERED");
        RequestView request = desk.get(outcome.requestId());
        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(request.summary()).isEqualTo("Neveikia PVM deklaracija");
        assertThat(request.contact().fullName()).isEqualTo("Rūta Rūtaitė");
        assertThat(outbox.forRequest(outcome.requestId())).singleElement().satisfies(reply -> {
            assertThat(reply.kind()).isEqualTo("AUTO_REPLY_MISSING");
            assertThat(reply.recipient()).isEqualTo("ruta@nezinoma.lt");
            assertThat(reply.subject()).contains("[" + request.number() + "]");
        });
        assertThat(intake.receive(List.of(raw))).extracting(MailIntake.Outcome::status).containsExactly("DUPLICATE");
    }

    @Test
    void aReplyToPagalbasMailJoinsTheRequestThatMailWasAbout() {
        byte[] first = ("From: jonas@atsakantis.lt\r\nSubject: Klausimas\r\nMessage-ID: <" + UUID.randomUUID() + "@a.lt>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nKaip suformuoti ataskaitą?\r\n").getBytes(StandardCharsets.UTF_8);
        MailIntake.Outcome registered = intake.receive(List.of(first)).get(0);
        String ours = outbox.forRequest(registered.requestId()).get(0).messageId();

        byte[] reply = ("From: kitas@atsakantis.lt\r\nSubject: Be numerio\r\nMessage-ID: <" + UUID.randomUUID() + "@a.lt>\r\n"
                + "In-Reply-To: " + ours + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPapildau.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        MailIntake.Outcome joined = intake.receive(List.of(reply)).get(0);

        assertThat(joined.status()).isEqualTo("JOINED");
        assertThat(joined.requestId()).isEqualTo(registered.requestId());
    }
}
