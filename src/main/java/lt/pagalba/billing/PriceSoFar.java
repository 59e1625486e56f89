package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.journal.Usage;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import org.springframework.stereotype.Service;

/**
 * What a client without a contract owes so far for a period (issue 16 item 4, the portal's hours): the
 * same lines a billing run of the period would bill now (B4, B5) — per category the billable minutes
 * not yet billed, at the client's hourly rate, each line rounded to cents — without issuing anything.
 * Nothing when a contract governs the period (its price depends on the allowance, shown as hours
 * left instead) or a category with time to pay has no rate (the run would skip the client too).
 */
@Service
public class PriceSoFar {

    /** One category's time still to bill, its rate and amount. */
    public record Line(WorkCategory category, int minutes, Money hourlyRate, Money amount) {
    }

    /** The period's lines and their sum, net of VAT. */
    public record Price(Period period, List<Line> lines, Money net) {
    }

    private final InvoiceLedger ledger;

    PriceSoFar(InvoiceLedger ledger) {
        this.ledger = ledger;
    }

    public Optional<Price> of(Client client, Usage usage) {
        if (usage.contractNumber() != null) {
            return Optional.empty();
        }
        BilledMinutes billed = ledger.billedMinutes(client.id());
        List<Line> lines = new ArrayList<>();
        Money net = Money.ZERO;
        for (Usage.CategoryUsage used : usage.categories()) {
            int minutes = BillingRules.stillToBill(BillingRules.overage(used.billableMinutes(), 0),
                    billed.of(client.id(), usage.period(), used.category()));
            if (minutes == 0) {
                continue;
            }
            Money rate = used.category() == WorkCategory.CONSULTATION ? client.billing().hourlyRate()
                    : client.billing().effectiveAdditionalWorkRate();
            if (rate == null) {
                return Optional.empty();
            }
            Money amount = BillingRules.amount(minutes, rate);
            lines.add(new Line(used.category(), minutes, rate, amount));
            net = net.plus(amount);
        }
        return Optional.of(new Price(usage.period(), List.copyOf(lines), net));
    }
}
