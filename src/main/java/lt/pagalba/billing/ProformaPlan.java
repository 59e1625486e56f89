package lt.pagalba.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import lt.pagalba.client.Client;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/**
 * A client's documents as a run planned them (B4, B5), before they have numbers: a proforma line per
 * category and due period, and, where a correction took back time already on a VAT invoice, what
 * credit notes of those invoices take back (issue 14: never a credit line on a later invoice).
 */
record ProformaPlan(Client client, String contractNumber, List<PlannedLine> lines, Set<ContractId> contractsBilled) {

    /**
     * A line a run wants: {@code minutes} on the proforma (zero: the period owes nothing more), and
     * {@code credits} taken back of VAT invoices' lines of the same period and category.
     */
    record PlannedLine(WorkCategory category, Period period, int minutes, Money rate, String description,
                       BigDecimal vatPercent, List<CreditAllocation.Part> credits) {

        static PlannedLine nothingDue(WorkCategory category, Period period) {
            return new PlannedLine(category, period, 0, null, null, null, List.of());
        }

        boolean bills() {
            return minutes != 0;
        }

        /** The same line with part of its (negative) minutes taken back by credit notes instead. */
        PlannedLine creditedBy(List<CreditAllocation.Part> parts) {
            int credited = parts.stream().mapToInt(CreditAllocation.Part::minutes).sum();
            return new PlannedLine(category, period, minutes + credited, rate, description, vatPercent, parts);
        }
    }

    /** The invoice lines of the planned lines that bill something on the proforma, in order. */
    List<InvoiceLine> billedLines() {
        return lines.stream().filter(PlannedLine::bills)
                .map(p -> InvoiceLine.billing(p.description(), p.category(), p.period(), p.minutes(), p.rate(), p.vatPercent()))
                .toList();
    }

    ProformaPlan withLines(List<PlannedLine> replaced) {
        return new ProformaPlan(client, contractNumber, replaced, contractsBilled);
    }
}
