package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.statement.StatementFiles;
import lt.pagalba.tax.EInvoices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The outbox alone (with the audit trail): the modules whose events it hears are replaced, their
 * events published as they would publish them, and what mail reads from them given by stand-ins.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, extraIncludes = "audit")
@Import(EmbeddedDatabaseConfiguration.class)
class MailModuleTests {

    @Autowired
    Outbox outbox;

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

    @Test
    void anUrgentAssignmentQueuesAMailToTheConsultantAboutTheRequest(Scenario scenario) {
        RequestId request = RequestId.random();

        scenario.publish(new UrgentRequestAssigned(request, "2026-000123", "jonas", "jonas@stekas.lt",
                        "UAB „Šaltinėlis“", "Neveikia kasa"))
                .andWaitForStateChange(() -> outbox.forRequest(request), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
                    assertThat(mail.kind()).isEqualTo("URGENT_ASSIGNED");
                    assertThat(mail.recipient()).isEqualTo("jonas@stekas.lt");
                    assertThat(mail.subject()).contains("[2026-000123]", "UAB „Šaltinėlis“");
                    assertThat(mail.bodyText()).contains("Neveikia kasa", "/requests/" + request);
                    assertThat(mail.status()).isEqualTo("QUEUED");
                }));
    }

    @Test
    void anIssuedInvoiceQueuesItsMailInTheClientsLanguageWithItsPdf(Scenario scenario) {
        InvoiceId invoice = InvoiceId.random();
        Client client = mock(Client.class);
        when(client.name()).thenReturn("UAB Sąskaita");
        when(client.email()).thenReturn(new EmailAddress("buhalterija@saskaita.lt"));
        when(client.language()).thenReturn("en");
        ClientId clientId = ClientId.random();
        when(clients.get(clientId)).thenReturn(client);
        when(invoiceFiles.fileName(invoice)).thenReturn("PVM-2026-00042.pdf");
        when(invoiceFiles.pdf(invoice)).thenReturn("%PDF-1.7 sąskaita".getBytes());

        scenario.publish(new InvoiceIssued(invoice, "PVM-2026-00042", InvoiceType.VAT_INVOICE, clientId))
                .andWaitForStateChange(() -> outbox.forInvoice(invoice), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
                    assertThat(mail.kind()).isEqualTo("INVOICE");
                    assertThat(mail.recipient()).isEqualTo("buhalterija@saskaita.lt");
                    assertThat(mail.subject()).isEqualTo("[PVM-2026-00042] VAT invoice");
                    assertThat(outbox.attachmentNames(mail.id())).isEqualTo(List.of("PVM-2026-00042.pdf"));
                }));
    }

    @Test
    void aRedeliveredEventQueuesNothingTwice() {
        RequestId request = RequestId.random();
        OutgoingMail mail = OutgoingMail.of("TEST", "test:" + request, "ona@pavyzdys.lt", "Tema", MailBody.text("Tekstas"))
                .aboutRequest(request);

        assertThat(outbox.queue(mail)).isTrue();
        assertThat(outbox.queue(mail)).isFalse();
        assertThat(outbox.forRequest(request)).hasSize(1);
    }
}
