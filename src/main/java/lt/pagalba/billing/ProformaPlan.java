package lt.pagalba.billing;

import java.util.List;
import java.util.Set;
import lt.pagalba.client.Client;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/** A client's proforma as a run planned it (B4, B5), before it has a number: a line per category and due period. */
record ProformaPlan(Client client, String contractNumber, List<PlannedLine> lines, Set<ContractId> contractsBilled) {

    /** A line a run wants on the proforma; {@code minutes} zero means the period owes nothing more. */
    record PlannedLine(WorkCategory category, Period period, int minutes, Money rate, String description) {

        static PlannedLine nothingDue(WorkCategory category, Period period) {
            return new PlannedLine(category, period, 0, null, null);
        }

        boolean bills() {
            return minutes != 0;
        }
    }

    /** The invoice lines of the planned lines that bill something, in order. */
    List<InvoiceLine> billedLines() {
        return lines.stream().filter(PlannedLine::bills)
                .map(p -> InvoiceLine.billing(p.description(), p.category(), p.period(), p.minutes(), p.rate())).toList();
    }
}
