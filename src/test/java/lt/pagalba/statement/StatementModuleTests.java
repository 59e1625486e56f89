package lt.pagalba.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.statement.StatementEvents.StatementSendRequested;
import lt.pagalba.statement.StatementForm.StatementPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Statements with the modules they read (journal, request, contract, client): made, kept, and sent only to a subscriber. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class StatementModuleTests {

    private static final StatementPeriod OCTOBER = new StatementPeriod(LocalDate.of(2011, 10, 1), LocalDate.of(2011, 10, 31));

    @Autowired
    ClientDirectory clients;
    @Autowired
    ReportSubscriptions subscriptions;
    @Autowired
    StatementDesk statements;
    @Autowired
    StatementFiles files;

    private ClientId client() {
        return clients.matchOrCreate("UAB Išrašas " + UUID.randomUUID()).id();
    }

    @Test
    void aStatementForASubscriberIsKeptAndItsSendingAnnounced(Scenario scenario) {
        ClientId client = client();
        subscriptions.subscribe(client, new SubscriptionForm.Subscription(new EmailAddress("ona@israsas.lt"),
                OffsetDateTime.parse("2011-09-30T10:00:00+03:00"), Frequency.ON_REQUEST, "email <prasymas@israsas.lt>"),
                Actor.SYSTEM);

        scenario.stimulate(() -> statements.generate(client, OCTOBER, true, Actor.SYSTEM))
                .andWaitForEventOfType(StatementSendRequested.class)
                .matching(sent -> sent.clientId().equals(client))
                .toArriveAndVerify((sent, made) -> {
                    assertThat(sent.statementId()).isEqualTo(made.id());
                    assertThat(sent.recipient()).isEqualTo("ona@israsas.lt");
                    assertThat(sent.from()).isEqualTo(OCTOBER.from());
                    assertThat(made.sentTo()).isEqualTo("ona@israsas.lt");
                    assertThat(files.pdf(made.id())).startsWith("%PDF".getBytes());
                    assertThat(files.fileName(made.id(), "pdf")).isEqualTo("israsas-2011-10-01-2011-10-31.pdf");
                });
    }

    @Test
    void aStatementIsSentToNobodyWhoDidNotAskForIt() {
        ClientId client = client();

        assertThatThrownBy(() -> statements.generate(client, OCTOBER, true, Actor.SYSTEM))
                .isInstanceOf(ConflictException.class);
        Statement made = statements.generate(client, OCTOBER, false, Actor.SYSTEM);
        assertThat(made.sentTo()).isNull();
        assertThat(statements.ofClient(client)).extracting(Statement::id).containsExactly(made.id());
    }
}
