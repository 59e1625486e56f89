package lt.pagalba.contract;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.GoverningContractCases.Validity;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.Period;
import lt.pagalba.support.ContractBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The contract module with the modules it needs (client, staff, audit), on the real PostgreSQL. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class ContractModuleTests {

    @Autowired
    ContractBook contracts;

    @Autowired
    ClientDirectory clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aContractIsKeptWithItsAllowancesAndIsValidOnItsDays() {
        ClientId client = aClient();

        Contract created = contracts.create(client, aContract().numbered("S-2026-17").from("2026-01-01").monthly()
                .roundedUpTo(15).including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00").terms());

        assertThat(contracts.get(client, created.id())).isEqualTo(created);
        assertThat(created.allowance(CONSULTATION).orElseThrow().includedMinutes()).isEqualTo(600);
        assertThat(contracts.validOn(client, LocalDate.parse("2026-10-05"))).contains(created);
        assertThat(contracts.validOn(client, LocalDate.parse("2025-12-31"))).isEmpty();
    }

    @Test
    void aSecondContractValidOnTheSameDayIsRefused() {
        ClientId client = aClient();
        contracts.create(client, aContract().numbered("S-1").from("2026-01-01").until("2026-06-30").terms());

        assertThatThrownBy(() -> contracts.create(client, aContract().numbered("S-2").from("2026-06-30").terms()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("contract.overlap"));
        assertThat(contracts.create(client, aContract().numbered("S-2").from("2026-07-01").terms()).number()).isEqualTo("S-2");
    }

    /** The rule in Java and the rule other modules' SQL calls agree, case by case. */
    @ParameterizedTest(name = "[{0}] in {1} -> {2}")
    @MethodSource("lt.pagalba.contract.GoverningContractCases#cases")
    void theGoverningContractInSqlIsTheOneTheJavaRuleNames(String validities, String periodText, String governing) {
        ClientId client = aClient();
        for (Validity v : Validity.parse(validities)) {
            ContractBuilder contract = aContract().numbered(v.number()).from(v.from());
            contracts.create(client, (v.to() == null ? contract : contract.until(v.to())).terms());
        }
        Period period = Period.parse(periodText);

        String inSql = jdbc.sql("SELECT number FROM contract_governing(:client, :from, :to)").param("client", client.value())
                .param("from", period.from()).param("to", period.to()).query(String.class).optional().orElse("-");
        String inJava = Contract.governing(contracts.ofClient(client), period).map(Contract::number).orElse("-");

        assertThat(inSql).isEqualTo(inJava).isEqualTo(governing);
    }

    private ClientId aClient() {
        String name = "UAB Sutartis " + UUID.randomUUID().toString().substring(0, 8);
        return clients.matchOrCreate(name).id();
    }
}
