package lt.pagalba.contract;

import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lt.pagalba.contract.GoverningContractCases.Validity;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Period;
import lt.pagalba.support.ContractBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A contract's rules alone: which one governs a period, what may change once time was billed, what terms are refused. */
class ContractTests {

    private static final ClientId CLIENT = ClientId.random();

    @ParameterizedTest(name = "[{0}] in {1} -> {2}")
    @MethodSource("lt.pagalba.contract.GoverningContractCases#cases")
    void theLatestContractValidOnAnyDayOfAPeriodGovernsIt(String contracts, String period, String governing) {
        List<Contract> ofClient = Validity.parse(contracts).stream().map(ContractTests::contract).toList();

        assertThat(Contract.governing(ofClient, Period.parse(period)).map(Contract::number).orElse("-")).isEqualTo(governing);
    }

    @Test
    void aContractUnderWhichTimeWasBilledMayOnlyBeEnded() {
        Contract billed = billed(aContract().numbered("S-1").from("2026-01-01").including(600, CONSULTATION).at("40.00"));

        assertThat(billed.changedTo(aContract().numbered("S-1").from("2026-01-01").until("2026-12-31")
                .including(600, CONSULTATION).at("40.00").terms()).validTo()).hasToString("2026-12-31");
        assertThatThrownBy(() -> billed.changedTo(aContract().numbered("S-1").from("2026-01-01")
                .including(700, CONSULTATION).at("40.00").terms()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("contract.billedTermsLocked"));
        assertThatThrownBy(billed::requireDeletable).isInstanceOf(ConflictException.class);
    }

    @Test
    void aContractNothingWasBilledUnderMayChangeAnythingAndBeDeleted() {
        Contract unbilled = Contract.of(ContractId.random(), CLIENT, aContract().numbered("S-1").from("2026-01-01").terms());

        Contract changed = unbilled.changedTo(aContract().numbered("S-2").from("2026-02-01").quarterly().roundedUpTo(15).terms());

        assertThat(changed.number()).isEqualTo("S-2");
        assertThat(changed.incrementMinutes()).isEqualTo(15);
        unbilled.requireDeletable();
    }

    @Test
    void termsEndingBeforeTheyStartOrGivingACategoryTwiceAreRefusedNamingTheField() {
        assertThatThrownBy(() -> aContract().from("2026-05-01").until("2026-04-30").terms())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("validTo"));
        assertThatThrownBy(() -> aContract().including(60, CONSULTATION).at("40.00").including(60, CONSULTATION).at("40.00").terms())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("allowances[1].category"));
    }

    private static Contract contract(Validity v) {
        ContractBuilder builder = aContract().numbered(v.number()).from(v.from());
        return Contract.of(ContractId.random(), CLIENT, (v.to() == null ? builder : builder.until(v.to())).terms());
    }

    private static Contract billed(ContractBuilder builder) {
        Contract c = Contract.of(ContractId.random(), CLIENT, builder.terms());
        return new Contract(c.id(), c.clientId(), c.number(), c.validFrom(), c.validTo(), c.period(), c.incrementMinutes(),
                c.minimumMinutes(), c.allowances(), true, null, null);
    }
}
