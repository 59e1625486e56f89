package lt.pagalba.journal;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequiredInformation;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.support.NoLiveNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The journal with the modules it needs (request, contract, client, staff, audit), on the real
 * PostgreSQL: entries read back through the views those modules publish, and usage against contracts.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({EmbeddedDatabaseConfiguration.class, NoLiveNotices.class})
class JournalModuleTests {

    /** The first administrator the staff module makes on start; administrators log time on any request, and back-date it with a reason. */
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));

    @Autowired
    ConsultationJournal journal;

    @Autowired
    UsageReport usage;

    @Autowired
    ClientDirectory clients;

    @Autowired
    ContractBook contracts;

    @Autowired
    RequestIntake intake;
    @Autowired
    RequiredInformation required;

    @Autowired
    AuditTrail audit;

    @Test
    void anEntryIsReadBackWithItsRequestsNumberAndItsClientsNameAndIsAudited() {
        String name = unique("UAB Žurnalas ");
        RequestId request = requestOf(clientNamed(name));

        WorkEntryView logged = journal.log(request, aWorkEntry().of(45).minutes().described("Sutvarkyta").work(), ADMIN);

        assertThat(journal.ofRequest(request)).containsExactly(logged);
        assertThat(logged.requestNumber()).matches("\\d{4}-\\d{6}");
        assertThat(logged.clientName()).isEqualTo(name);
        assertThat(logged.minutes()).isEqualTo(45);
        assertThat(audit.historyOf(request, 10)).extracting(e -> e.subject() + ":" + e.action()).contains("WORK_ENTRY:CREATED");
    }

    @Test
    void aCorrectionIsOfTheKindOfTheEntryItCorrectsAndCountsInItsPeriod() {
        ClientId client = clientNamed(unique("UAB Pataisymai "));
        contracts.create(client, aContract().from("2019-01-01").monthly().roundedUpTo(15).including(60, CONSULTATION).at("40.00").terms());
        RequestId request = requestOf(client);
        WorkEntryView wrong = journal.log(request, aWorkEntry().of(100).minutes().on("2019-03-10").as(ADDITIONAL_WORK)
                .because("Įvesta iš popierinio žurnalo").work(), ADMIN);

        WorkEntryView correction = journal.log(request, aWorkEntry().of(-40).minutes().on("2019-04-02")
                .because("Įvesta iš popierinio žurnalo").correcting(wrong.id().text()).work(), ADMIN);

        assertThat(correction.category()).isEqualTo(ADDITIONAL_WORK);
        assertThat(correction.corrects()).isEqualTo(wrong.id());
        Usage march = usage.usage(client, Period.parse("2019-03"));
        assertThat(march.of(ADDITIONAL_WORK).billableMinutes()).as("100 - 40, rounded up to 15").isEqualTo(60);
        assertThat(march.contractNumber()).isNotNull();
        assertThat(usage.usage(client, Period.parse("2019-04")).of(ADDITIONAL_WORK).billableMinutes()).isZero();
    }

    @Test
    void anEntryWithCorrectionsIsNotDeletedBeforeThem() {
        RequestId request = requestOf(clientNamed(unique("UAB Trynimas ")));
        WorkEntryView entry = journal.log(request, aWorkEntry().of(30).minutes().work(), ADMIN);
        journal.log(request, aWorkEntry().of(-10).minutes().correcting(entry.id().text()).work(), ADMIN);

        assertThatThrownBy(() -> journal.delete(entry.id(), ADMIN)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("journal.entry.hasCorrections"));
    }

    private ClientId clientNamed(String name) {
        return clients.matchOrCreate(name).id();
    }

    private RequestId requestOf(ClientId client) {
        var contact = new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@zurnalas.lt");
        return intake.register(required.complete(new RequestRegistration(Channel.PHONE, null, client.text(), contact,
                "Neatsidaro ataskaita", null, false, null, null)), ADMIN).id();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
