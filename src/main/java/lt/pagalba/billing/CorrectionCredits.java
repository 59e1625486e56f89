package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.billing.InvoiceLedger.Creditable;
import lt.pagalba.billing.ProformaPlan.PlannedLine;
import lt.pagalba.shared.ClientId;

/**
 * Issue 14, item 7: time taken back of a period already on a VAT invoice (a correction, B5) is a
 * credit note citing that invoice, not a credit line on the next proforma. What VAT invoices of the
 * period have left to take back is credited on them; only the rest (time on proformas without a VAT
 * invoice yet) stays a credit line of the proforma, which is no tax document (B5).
 */
final class CorrectionCredits {

    private CorrectionCredits() {
    }

    static List<ProformaPlan> place(List<ProformaPlan> plans, InvoiceLedger ledger) {
        Set<ClientId> correcting = plans.stream().filter(p -> p.lines().stream().anyMatch(l -> l.minutes() < 0))
                .map(p -> p.client().id()).collect(Collectors.toSet());
        if (correcting.isEmpty()) {
            return plans;
        }
        Map<ClientId, List<Creditable>> creditable = ledger.creditable(correcting).stream()
                .collect(Collectors.groupingBy(Creditable::clientId));
        List<ProformaPlan> placed = new ArrayList<>(plans.size());
        for (ProformaPlan plan : plans) {
            List<Creditable> ofClient = creditable.getOrDefault(plan.client().id(), List.of());
            placed.add(ofClient.isEmpty() ? plan : plan.withLines(plan.lines().stream().map(line -> credited(line, ofClient)).toList()));
        }
        return placed;
    }

    private static PlannedLine credited(PlannedLine line, List<Creditable> ofClient) {
        if (line.minutes() >= 0) {
            return line;
        }
        List<Creditable> same = ofClient.stream()
                .filter(c -> c.period().equals(line.period()) && c.category() == line.category()).toList();
        List<CreditAllocation.Part> parts = CreditAllocation.of(-line.minutes(), same);
        return parts.isEmpty() ? line : line.creditedBy(parts);
    }
}
