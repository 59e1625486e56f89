package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 1: a credit note takes back at most what is still left on each line of the VAT
 * invoice, line by line, and every line it makes is quantity × price = amount.
 */
class CreditingTests {

    private static final Period OCTOBER = Period.parse("2026-10");
    private static final String ROUNDING = "Apvalinimo skirtumas";

    @ParameterizedTest(name = "{0} min at {1}, {2} already taken back, take {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // minutes, rate, minutes credited before, minutes asked (- all left), credited amount or refusal
            "90, 40.00, 0, -, -60.00",          // the whole line
            "90, 40.00, 0, 30, -20.00",         // part of it
            "90, 40.00, 30, -, -40.00",         // what is left after a part
            "90, 40.00, 30, 60, -40.00",        // the same, named
            "90, 40.00, 30, 61, over",          // one minute more than is left
            "90, 40.00, 90, -, credited",       // nothing left
            "90, 40.00, 0, 0, over",            // nothing asked
            "90, 40.00, 0, -5, over",
            "50, 40.00, 25, -, -16.66"})        // 16,67 taken for the first 25 min: the rest is 16,66, closed by a cent
    void aLineIsTakenBackAtMostAsFarAsIsLeftOnIt(int minutes, String rate, int before, Integer asked, String outcome) {
        InvoiceLine line = line(minutes, rate);
        Map<String, CreditLeft> left = new HashMap<>();
        if (before > 0) {
            left.put(line.id(), CreditLeft.wholeOf(line).less(line.creditOf(before, null)));
        }
        Crediting crediting = new Crediting(List.of(line), left);

        if (outcome.equals("over") || outcome.equals("credited")) {
            assertThatThrownBy(() -> crediting.credit(List.of(new CreditRequest(line.id(), asked)), ROUNDING))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactly(tuple("lines[0]",
                                    outcome.equals("over") ? "invoice.credit.overLine" : "invoice.credit.lineCredited")));
        } else {
            List<InvoiceLine> credit = crediting.credit(List.of(new CreditRequest(line.id(), asked)), ROUNDING);
            assertThat(Totals.net(credit)).isEqualTo(Money.of(outcome));
            assertThat(credit).allSatisfy(l -> {
                assertThat(l.isExact()).as("%s × %s = %s", l.quantity(), l.unitPrice(), l.amount()).isTrue();
                assertThat(l.credits()).isEqualTo(line.id());
            });
        }
    }

    @Test
    void theCentThatClosesALineIsALineOfItsOwnSoEveryLineStaysExact() {
        InvoiceLine line = line(50, "40.00");                        // 33,33
        Map<String, CreditLeft> left = Map.of(line.id(), CreditLeft.wholeOf(line).less(line.creditOf(25, null)));

        List<InvoiceLine> credit = new Crediting(List.of(line), left).credit(List.of(), ROUNDING);

        assertThat(credit).extracting(InvoiceLine::unit, InvoiceLine::minutes, InvoiceLine::amount).containsExactly(
                tuple(LineUnit.MIN, -25, Money.of("-16.67")),   // 25 min × 40,00 / 60
                tuple(LineUnit.C62, 0, Money.of("0.01")));      // 1 × 0,01: what was left is 16,66
        assertThat(credit.get(1).description()).isEqualTo(ROUNDING);
        assertThat(credit).allMatch(InvoiceLine::isExact);
    }

    @Test
    void everythingLeftIsTakenBackWhenNoLineIsNamedAndNothingLeftIsRefused() {
        InvoiceLine credited = line(60, "45.00");
        InvoiceLine open = line(30, "45.00");
        Map<String, CreditLeft> left = Map.of(credited.id(), new CreditLeft(0, Money.ZERO));

        List<InvoiceLine> rest = new Crediting(List.of(credited, open), left).credit(null, ROUNDING);

        assertThat(rest).singleElement().satisfies(l -> {
            assertThat(l.credits()).isEqualTo(open.id());
            assertThat(l.amount()).isEqualTo(Money.of("-22.50"));
        });
        Map<String, CreditLeft> none = Map.of(credited.id(), new CreditLeft(0, Money.ZERO), open.id(), new CreditLeft(0, Money.ZERO));
        assertThatThrownBy(() -> new Crediting(List.of(credited, open), none).credit(List.of(), ROUNDING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("invoice.credit.nothingLeft")));
    }

    @Test
    void everyBadLineIsNamedAtOnce() {
        InvoiceLine line = line(60, "45.00");

        assertThatThrownBy(() -> new Crediting(List.of(line), Map.of()).credit(List.of(new CreditRequest("nope", null),
                CreditRequest.all(line.id()), CreditRequest.all(line.id())), ROUNDING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("lines[0]", "lines[2]"));
    }

    private static InvoiceLine line(int minutes, String rate) {
        return InvoiceLine.billing("Konsultavimo paslaugos, 2026 m. spalis", WorkCategory.CONSULTATION, OCTOBER, minutes,
                Money.of(rate), new BigDecimal("21.00"));
    }
}
