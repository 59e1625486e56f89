package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.billing.ProformaPlan.PlannedLine;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.Allowance;
import lt.pagalba.contract.Contract;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.Usage;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plans a month's run in a handful of queries, however many clients: what is unbilled, the clients,
 * their contracts, the usage of every due period and what was billed before are each read once;
 * the rules are then applied client by client in memory (B4, B5).
 */
@Component
class RunPlanner {

    private static final Logger log = LoggerFactory.getLogger(RunPlanner.class);

    private final ClientDirectory clients;
    private final ContractBook contracts;
    private final WorkEntryLocks journal;
    private final UsageReport usage;
    private final InvoiceLedger ledger;
    private final VatRates vatRates;
    private final LineTexts texts;

    RunPlanner(ClientDirectory clients, ContractBook contracts, WorkEntryLocks journal, UsageReport usage,
               InvoiceLedger ledger, VatRates vatRates, LineTexts texts) {
        this.clients = clients;
        this.contracts = contracts;
        this.journal = journal;
        this.usage = usage;
        this.ledger = ledger;
        this.vatRates = vatRates;
        this.texts = texts;
    }

    /** The documents a run would issue, and the clients it cannot bill for want of a rate. */
    record Plans(List<ProformaPlan> proformas, List<ClientId> skipped) {
    }

    Plans plan(YearMonth month, RunLog runLog) {
        Map<ClientId, List<YearMonth>> unbilled = journal.unbilledMonths(month.atEndOfMonth());
        runLog.with("clients", unbilled.size()).step("find");
        Map<ClientId, Client> clientsById = clients.getAll(unbilled.keySet());
        Map<ClientId, List<Contract>> contractsByClient = contracts.ofClients(unbilled.keySet());
        Map<ClientId, List<Period>> due = new LinkedHashMap<>();
        unbilled.forEach((clientId, months) -> {
            List<Period> periods = duePeriods(month, months, clientsById.get(clientId),
                    contractsByClient.getOrDefault(clientId, List.of()));
            if (!periods.isEmpty()) {
                due.put(clientId, periods);
            }
        });
        runLog.step("terms");
        Map<ClientId, Map<Period, Usage>> usages = usage.usageOfKnownClients(due);
        runLog.step("usage");
        BilledMinutes billed = ledger.billedMinutes(due.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        VatRates.Table rates = vatRates.table();
        runLog.step("billed");
        List<ProformaPlan> plans = new ArrayList<>();
        List<ClientId> skipped = new ArrayList<>();
        due.forEach((clientId, periods) -> {
            Client client = clientsById.get(clientId);
            try {
                plans.add(planFor(clientId, client, month, periods, contractsByClient.getOrDefault(clientId, List.of()),
                        usages.getOrDefault(clientId, Map.of()), billed, rates));
            } catch (MissingRateException e) {
                log.warn("Client {} not billed for {}: no hourly rate for {}", client.name(), month, e.category);
                skipped.add(clientId);
            }
        });
        List<ProformaPlan> credited = CorrectionCredits.place(plans, ledger);
        runLog.with("skipped", skipped.size()).step("plan");
        return new Plans(credited, skipped);
    }

    /**
     * The client's periods with unbilled work that have ended with the month: its periods follow the
     * contract that governs the month, else its own billing period (B3, B6).
     */
    private static List<Period> duePeriods(YearMonth month, List<YearMonth> unbilled, Client client, List<Contract> ofClient) {
        PeriodLength length = BillingPeriods.length(month, client, ofClient);
        return unbilled.stream().map(m -> Period.of(m.atDay(1), length)).distinct()
                .filter(p -> !p.to().isAfter(month.atEndOfMonth())).toList();
    }

    /** One client's proforma as the rules make it: a line per category and due period (B4, B5). */
    private ProformaPlan planFor(ClientId clientId, Client client, YearMonth month, List<Period> due, List<Contract> ofClient,
                                 Map<Period, Usage> usages, BilledMinutes billed, VatRates.Table rates) {
        boolean reverseCharge = VatCategory.forBuyerVatCode(Objects.toString(client.vatCode(), null)) == VatCategory.AE;
        LocalDate upTo = month.atEndOfMonth();
        Period current = Period.of(upTo, due.get(0).length());
        List<PlannedLine> lines = new ArrayList<>();
        Set<ContractId> contractsBilled = new LinkedHashSet<>();
        for (Period period : due) {
            Optional<Contract> contract = Contract.governing(ofClient, period);
            for (WorkCategory category : WorkCategory.values()) {
                Usage.CategoryUsage used = usages.get(period).of(category);
                int included = contract.isPresent() && used.includedMinutes() != null ? used.includedMinutes() : 0;
                int minutes = BillingRules.stillToBill(BillingRules.overage(used.billableMinutes(), included),
                        billed.of(clientId, period, category));
                if (minutes == 0) {
                    lines.add(PlannedLine.nothingDue(category, period));
                    continue;
                }
                Money rate = contract.flatMap(k -> k.allowance(category)).map(Allowance::overageHourlyRate)
                        .orElseGet(() -> clientRate(client, category));
                String description = texts.describe(category, contract.isPresent(), minutes < 0, !period.equals(current),
                        period, client.language());
                // B7, issue 14: the rate in force on the supply date, the end of the line's period
                BigDecimal vatPercent = reverseCharge ? BigDecimal.ZERO : rates.on(period.to());
                lines.add(new PlannedLine(category, period, minutes, rate, description, vatPercent, List.of()));
                contract.ifPresent(k -> contractsBilled.add(k.id()));
            }
        }
        String contractNumber = Contract.governing(ofClient, current).map(Contract::number).orElse(null);
        return new ProformaPlan(client, contractNumber, lines, contractsBilled);
    }

    private static Money clientRate(Client client, WorkCategory category) {
        Money rate = category == WorkCategory.CONSULTATION ? client.billing().hourlyRate()
                : client.billing().effectiveAdditionalWorkRate();
        if (rate == null) {
            throw new MissingRateException(category);
        }
        return rate;
    }

    /** A client without a rate for time it has to pay for: it is skipped and named in the run's answer. */
    private static final class MissingRateException extends RuntimeException {
        private final WorkCategory category;

        MissingRateException(WorkCategory category) {
            super("No hourly rate for " + category);
            this.category = category;
        }
    }
}
