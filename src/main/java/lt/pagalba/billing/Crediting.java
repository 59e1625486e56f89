package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;

/**
 * R17: what a credit note may take back of a VAT invoice — never more than is still left on each line
 * (its minutes and amount less every earlier credit of it). A line's minutes are taken back at its
 * price (B4); the credit that takes the last of a line's minutes takes exactly the amount left, and
 * when earlier credits' rounding left a cent more or less than those minutes come to, a line of one
 * cent ({@link LineUnit#C62}) settles it, so every line stays quantity × price = amount.
 */
final class Crediting {

    private final List<InvoiceLine> invoiced;
    private final Map<String, CreditLeft> left;

    /** @param left what is left on each line of the VAT invoice, by line id (a line never credited has all of it left) */
    Crediting(List<InvoiceLine> invoiced, Map<String, CreditLeft> left) {
        this.invoiced = invoiced;
        this.left = new HashMap<>(left);
    }

    /** The lines of a credit note taking back what is asked (everything left, when nothing is named). */
    List<InvoiceLine> credit(List<CreditRequest> requests, String roundingText) {
        List<CreditRequest> asked = requests == null || requests.isEmpty() ? everythingLeft() : requests;
        List<FieldProblem> problems = new ArrayList<>();
        List<InvoiceLine> credited = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String field = requests == null || requests.isEmpty() ? "lines" : "lines[" + i + "]";
            credit(asked.get(i), field, roundingText, credited).ifPresent(problems::add);
        }
        if (asked.isEmpty()) {
            problems.add(FieldProblem.invalid("lines", "invoice.credit.nothingLeft"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return credited;
    }

    private Optional<FieldProblem> credit(CreditRequest request, String field, String roundingText, List<InvoiceLine> into) {
        Optional<InvoiceLine> found = invoiced.stream().filter(l -> l.id().equals(request.line()) && l.unit() == LineUnit.MIN)
                .findFirst();
        if (found.isEmpty()) {
            return Optional.of(FieldProblem.invalid(field, "invoice.credit.noLine", String.valueOf(request.line())));
        }
        InvoiceLine line = found.get();
        CreditLeft onLine = left.getOrDefault(line.id(), CreditLeft.wholeOf(line));
        int minutes = request.minutes() == null ? onLine.minutes() : request.minutes();
        if (onLine.isNothing()) {
            return Optional.of(FieldProblem.invalid(field, "invoice.credit.lineCredited", line.description()));
        }
        if (minutes <= 0 || minutes > onLine.minutes()) {
            return Optional.of(FieldProblem.invalid(field, "invoice.credit.overLine", line.description(), onLine.minutes(),
                    onLine.amount().amount()));
        }
        InvoiceLine credit = line.creditOf(minutes, null);
        Money rest = onLine.amount().plus(credit.amount());
        if (minutes == onLine.minutes() && !rest.isZero()) {
            InvoiceLine rounding = line.roundingOf(new Money(rest.amount().negate()), roundingText);
            into.add(credit);
            into.add(rounding);
            left.put(line.id(), onLine.less(credit).less(rounding));
            return Optional.empty();
        }
        if (rest.compareTo(Money.ZERO) < 0) {
            return Optional.of(FieldProblem.invalid(field, "invoice.credit.overLine", line.description(), onLine.minutes(),
                    onLine.amount().amount()));
        }
        into.add(credit);
        left.put(line.id(), onLine.less(credit));
        return Optional.empty();
    }

    /** Every line with something left, all of what is left on it. */
    private List<CreditRequest> everythingLeft() {
        return invoiced.stream().filter(l -> l.unit() == LineUnit.MIN && l.amount().compareTo(Money.ZERO) > 0)
                .filter(l -> !left.getOrDefault(l.id(), CreditLeft.wholeOf(l)).isNothing())
                .map(l -> CreditRequest.all(l.id())).toList();
    }
}
