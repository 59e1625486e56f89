package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.BillingEvents.BillingRunIssued;
import lt.pagalba.billing.BillingEvents.ProformasIssued;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequiredInformation;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.support.Codes;
import lt.pagalba.support.ContractBuilder;
import lt.pagalba.support.NoLiveNotices;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Billing with the modules it needs (journal, contract, client and theirs), on the real PostgreSQL:
 * a run issues a proforma per client with something to pay and announces each one, which is what
 * the mail module listens to.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({EmbeddedDatabaseConfiguration.class, NoLiveNotices.class})
class BillingModuleTests {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));
    private static final String PAPER = "Įvesta iš popierinio žurnalo";

    @Autowired
    BillingRun runs;

    @Autowired
    InvoiceBook book;

    @Autowired
    ClientDirectory clients;

    @Autowired
    ContractBook contracts;

    @Autowired
    RequestIntake intake;
    @Autowired
    RequiredInformation required;

    @Autowired
    ConsultationJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBillingRunAnnouncesEveryProformaItIssues(Scenario scenario) {
        ClientId overAllowance = clientWith(aContract().from("2008-01-01").including(60, CONSULTATION).at("40.00"));
        log(overAllowance, aWorkEntry().of(150).minutes().on("2008-10-06"));
        ClientId nothingIncluded = clientWith(aContract().from("2008-01-01").including(0, CONSULTATION).at("45.00"));
        log(nothingIncluded, aWorkEntry().of(60).minutes().on("2008-10-07"));
        ClientId withinAllowance = clientWith(aContract().from("2008-01-01").including(600, CONSULTATION).at("40.00"));
        log(withinAllowance, aWorkEntry().of(60).minutes().on("2008-10-08"));

        scenario.stimulate(() -> runs.run(YearMonth.parse("2008-10"), false, ADMIN))
                .andWaitForStateChange(() -> book.list(null, Period.parse("2008-10"), InvoiceType.PROFORMA, null),
                        proformas -> proformas.size() == 2)
                .andVerifyEvents(events -> {
                    // the proformas come in the run's one event, naming the month and how many; none in an event of its own
                    assertThat(events.ofType(BillingRunIssued.class)).singleElement().satisfies(run -> {
                        assertThat(run.period()).isEqualTo("2008-10");
                        assertThat(run.proformas()).isEqualTo(2);
                    });
                    // and billing answers the mail module which they are
                    assertThat(book.proformasOfRun(YearMonth.parse("2008-10"))).extracting(InvoiceIssued::clientId, InvoiceIssued::type)
                            .containsExactlyInAnyOrder(tuple(overAllowance, InvoiceType.PROFORMA), tuple(nothingIncluded, InvoiceType.PROFORMA));
                    assertThat(events.ofType(ProformasIssued.class)).isEmpty();
                    assertThat(events.ofType(InvoiceIssued.class)).isEmpty();
                });

        assertThat(book.list(overAllowance, null, InvoiceType.PROFORMA, null)).singleElement()
                .satisfies(p -> assertThat(p.net()).isEqualTo(Money.of("60.00")));  // 90 minutes over at 40.00
        assertThat(book.list(nothingIncluded, null, InvoiceType.PROFORMA, null)).singleElement()
                .satisfies(p -> assertThat(p.gross()).isEqualTo(Money.of("54.45"))); // an hour at 45.00, VAT 21 %
    }

    @Test
    void payingAProformaAnnouncesItsVatInvoice(Scenario scenario) {
        ClientId client = clientWith(aContract().from("2008-01-01").including(0, CONSULTATION).at("60.00"));
        log(client, aWorkEntry().of(60).minutes().on("2008-11-03"));
        InvoiceView proforma = runs.run(YearMonth.parse("2008-11"), false, ADMIN).invoices().get(0);

        scenario.stimulate(() -> book.markPaid(proforma.id(), proforma.issueDate(), ADMIN))
                .andWaitForEventOfType(InvoiceIssued.class)
                .matching(issued -> issued.type() == InvoiceType.VAT_INVOICE)
                .toArriveAndVerify((issued, paid) -> {
                    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
                    InvoiceView vatInvoice = book.get(issued.invoiceId());
                    assertThat(vatInvoice.basedOn()).isEqualTo(proforma.id());
                    assertThat(vatInvoice.gross()).isEqualTo(proforma.gross());
                    assertThat(issued.number()).matches("SF-\\d{4}-\\d{6}");
                });
    }

    /**
     * A new client whose time is billed under a contract (its rates are the contract's), with the
     * address and company code a VAT invoice needs (written to its row: the client module's registry
     * is its own).
     */
    private ClientId clientWith(ContractBuilder contract) {
        ClientId client = clients.matchOrCreate("UAB Atsiskaitymai " + UUID.randomUUID().toString().substring(0, 8)).id();
        jdbc.sql("UPDATE client SET street = 'Gedimino pr. 1', city = 'Vilnius', company_code = :code WHERE id = :id")
                .param("code", Codes.companyCode()).param("id", client.value()).update();
        contracts.create(client, contract.terms());
        return client;
    }

    /** Work of past years, as an administrator enters it from paper (with a reason). */
    private void log(ClientId client, WorkEntryBuilder entry) {
        var contact = new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@atsiskaitymai.lt");
        RequestId request = intake.register(required.complete(new RequestRegistration(Channel.PHONE, null, client.text(),
                contact, "Sąskaitų klausimas", null, false, null, null)), ADMIN).id();
        journal.log(request, entry.because(PAPER).work(), ADMIN);
    }
}
