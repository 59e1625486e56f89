package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import lt.pagalba.billing.ProformaPlan.PlannedLine;
import lt.pagalba.client.Client;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.LockRange;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;

/**
 * Issues a run's documents in the caller's transaction: takes the next gapless numbers, has the
 * documents made ({@link Invoice}), writes them, locks the work entries behind each line under that
 * line (so every euro can be traced to the entries it bills) and publishes what was issued. Time a
 * correction took back of a VAT invoice is credited by a credit note of that invoice.
 */
@Component
class InvoiceIssuer {

    private final DocumentIssue issue;
    private final CreditNotes creditNotes;
    private final WorkEntryLocks journal;
    private final ContractBook contracts;

    InvoiceIssuer(DocumentIssue issue, CreditNotes creditNotes, WorkEntryLocks journal, ContractBook contracts) {
        this.issue = issue;
        this.creditNotes = creditNotes;
        this.journal = journal;
        this.contracts = contracts;
    }

    /**
     * Issues the documents of a run together: proformas with something to pay get the next numbers in
     * order and are written in batches; credit notes take back what corrections took of VAT invoices;
     * the entries behind every planned line are locked under its line (under the run when the period
     * owed nothing more) in one statement. A client with nothing to pay gets no proforma, and nothing
     * of it is locked but what a credit note took back.
     */
    List<Invoice> issueProformas(Period run, List<ProformaPlan> plans, Actor actor, RunLog runLog) {
        LocalDate today = Vilnius.today();
        Issuer issuer = issue.issuerOf(actor);
        List<ProformaPlan> payable = new ArrayList<>();
        List<List<InvoiceLine>> linesOf = new ArrayList<>();
        List<LockRange> locks = new ArrayList<>();
        for (ProformaPlan plan : plans) {
            List<InvoiceLine> lines = plan.billedLines();
            if (BillingRules.payable(Totals.net(lines))) {
                payable.add(plan);
                linesOf.add(lines);
            } else {
                lockCredited(plan, credit(plan, actor), locks);
            }
        }
        List<String> numbered = issue.nextNumbers(InvoiceType.PROFORMA, today, payable.size());
        Party seller = issue.seller();
        runLog.step("issue");
        // the proformas are made as they are written (issue 18): each while the server takes those before it
        List<Invoice> issued = issue.write(IntStream.range(0, payable.size()).mapToObj(n -> {
            ProformaPlan plan = payable.get(n);
            Client client = plan.client();
            return Invoice.proforma(issue.numbered(numbered.get(n), today, seller, client, issuer, actor), run,
                    today.plusDays(client.paymentTermDays()), plan.contractNumber(), linesOf.get(n));
        }));
        runLog.with("proformas", issued.size()).step("write");
        Set<ContractId> contractsBilled = new LinkedHashSet<>();
        for (int n = 0; n < payable.size(); n++) {
            ProformaPlan plan = payable.get(n);
            List<InvoiceLine> lines = linesOf.get(n);
            // a correction's credit notes are issued after the proformas are written: each is written as it is issued
            Map<String, String> credited = credit(plan, actor);
            int billedLine = 0;
            for (PlannedLine p : plan.lines()) {
                String reference = p.bills() ? lines.get(billedLine++).id()
                        : p.credits().isEmpty() ? "run:" + run : credited.get(p.credits().get(0).line());
                locks.add(new LockRange(plan.client().id(), p.category(), p.period(), reference));
            }
            contractsBilled.addAll(plan.contractsBilled());
        }
        runLog.step("credit");
        issue.announce(issued);
        runLog.step("announce");
        runLog.with("rangesLocked", journal.lock(locks));
        runLog.step("lock");
        contracts.markBilled(contractsBilled);
        runLog.step("events");
        return issued;
    }

    /**
     * The credit notes of a client's planned credits, one per VAT invoice they take back of; answers
     * the credit note line taking back each credited line, by that line's id.
     */
    private Map<String, String> credit(ProformaPlan plan, Actor actor) {
        List<CreditAllocation.Part> parts = plan.lines().stream().flatMap(l -> l.credits().stream()).toList();
        Map<String, String> creditLines = new HashMap<>();
        if (parts.isEmpty()) {
            return creditLines;
        }
        String language = plan.client().language();
        String periods = String.join(", ", plan.lines().stream().filter(l -> !l.credits().isEmpty()).map(PlannedLine::period)
                .distinct().map(p -> issue.periodName(p, language)).toList());
        String reason = issue.text("invoice.credit.reason.correction", language, periods);
        for (Map.Entry<InvoiceId, List<CreditRequest>> each : CreditAllocation.byInvoice(parts).entrySet()) {
            Invoice note = creditNotes.issue(each.getKey(), each.getValue(), reason, CreditOrigin.CORRECTION, actor);
            note.content().lines().stream().filter(l -> l.unit() == LineUnit.MIN)
                    .forEach(l -> creditLines.putIfAbsent(l.credits(), l.id()));
        }
        return creditLines;
    }

    /** A client with nothing to pay: only what credit notes took back is locked, under their lines. */
    private static void lockCredited(ProformaPlan plan, Map<String, String> credited, List<LockRange> locks) {
        plan.lines().stream().filter(p -> !p.credits().isEmpty()).forEach(p -> locks.add(
                new LockRange(plan.client().id(), p.category(), p.period(), credited.get(p.credits().get(0).line()))));
    }
}
