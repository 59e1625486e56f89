package lt.pagalba.billing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.Allowance;
import lt.pagalba.contract.Contract;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.MonthlyHours;
import lt.pagalba.journal.Usage;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.WorkCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract-hours report (issue 17), billing's own view of it: per client, of the billable minutes, those
 * within the contract's included hours, those beyond them and those of periods without a contract (billed in
 * full). A period's included time belongs to the whole month or quarter, so the report covers the whole billing
 * periods (as {@link BillingPeriods} makes them) that overlap the days asked, and says which. The split is the
 * run's: the usage read model a run reads ({@link UsageReport}) and its rule ({@link BillingRules#overage}).
 * The logged minutes come from the journal's {@link MonthlyHours}; both are read in one snapshot, and both from the
 * journal's monthly sums (V82) rather than the entries, so a year of all clients reads months, not two million entries.
 *
 * <p>A consultant's share: included time is the client's, not a consultant's, so with a consultant asked for, each
 * (client, period, category) splits that consultant's billable minutes in the proportion the whole period splits
 * them, the included part rounded down.
 */
@Service
public class ContractHours {

    private final MonthlyHours months;
    private final UsageReport usage;
    private final ClientDirectory clients;
    private final ContractBook contracts;

    ContractHours(MonthlyHours months, UsageReport usage, ClientDirectory clients, ContractBook contracts) {
        this.months = months;
        this.usage = usage;
        this.clients = clients;
        this.contracts = contracts;
    }

    /** The minutes of one client, or all clients' totals. */
    @Schema(name = "ContractHoursTotals")
    public record Minutes(long minutes, long billableMinutes, long includedMinutes, long beyondMinutes, long withoutContractMinutes) {

        static final Minutes NONE = new Minutes(0, 0, 0, 0, 0);

        Minutes plus(Minutes o) {
            return new Minutes(minutes + o.minutes, billableMinutes + o.billableMinutes, includedMinutes + o.includedMinutes,
                    beyondMinutes + o.beyondMinutes, withoutContractMinutes + o.withoutContractMinutes);
        }
    }

    /** One client's line: whether a contract governed any of its periods, and which billing periods it covers. */
    @Schema(name = "ContractHoursLine")
    public record Line(ClientId clientId, String name, boolean contract, List<String> periods, long minutes, long billableMinutes,
                       long includedMinutes, long beyondMinutes, long withoutContractMinutes) {

        Minutes asMinutes() {
            return new Minutes(minutes, billableMinutes, includedMinutes, beyondMinutes, withoutContractMinutes);
        }
    }

    /** The report: the days asked, the days its whole billing periods cover, the lines and their totals. */
    @Schema(name = "ContractHoursReport")
    public record Report(LocalDate from, LocalDate to, LocalDate coveredFrom, LocalDate coveredTo, List<Line> items, Minutes totals) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report of(ReportPeriod period, ReportFilter filter) {
        // a billing period is at most a calendar quarter: the quarters around the days hold every period that overlaps them
        LocalDate widenedFrom = Period.of(period.from(), PeriodLength.QUARTER).from();
        LocalDate widenedTo = Period.of(period.to(), PeriodLength.QUARTER).to();
        Map<ClientId, List<MonthlyHours.Month>> byClient = new LinkedHashMap<>();
        months.of(widenedFrom, widenedTo, filter).forEach(m -> byClient.computeIfAbsent(m.clientId(), k -> new ArrayList<>()).add(m));
        Map<ClientId, Client> clientsById = clients.getAll(byClient.keySet());
        Map<ClientId, List<Contract>> contractsOf = contracts.ofClients(byClient.keySet());
        Map<ClientId, List<Period>> periods = new LinkedHashMap<>();
        byClient.keySet().forEach(id -> periods.put(id, overlapping(period, clientsById.get(id), contractsOf.getOrDefault(id, List.of()))));
        // The usage of each period: without a consultant asked for, the months read are the client's whole months of
        // the quarters around the days (of the category asked, the only one split), so a period's billable minutes are
        // the sum of its months, as the usage query sums the same monthly sums; with one, the whole client's usage is read.
        Map<ClientId, Map<Period, Usage>> used = filter.consultant() == null
                ? usageOfMonths(periods, byClient, contractsOf)
                : usage.usageOfKnownClients(periods);
        List<Line> lines = new ArrayList<>();
        LocalDate coveredFrom = period.from();
        LocalDate coveredTo = period.to();
        for (var entry : byClient.entrySet()) {
            ClientId id = entry.getKey();
            List<Period> ofClient = periods.get(id);
            Optional<Line> line = line(clientsById.get(id), ofClient, contractsOf.getOrDefault(id, List.of()), entry.getValue(),
                    used.getOrDefault(id, Map.of()), filter.consultant() != null);
            if (line.isPresent()) {
                lines.add(line.get());
                coveredFrom = min(coveredFrom, ofClient.get(0).from());
                coveredTo = max(coveredTo, ofClient.get(ofClient.size() - 1).to());
            }
        }
        lines.sort(Comparator.comparingLong(Line::billableMinutes).reversed().thenComparing(Line::name));
        Minutes totals = lines.stream().map(Line::asMinutes).reduce(Minutes.NONE, Minutes::plus);
        return new Report(period.from(), period.to(), coveredFrom, coveredTo, List.copyOf(lines), totals);
    }

    /**
     * Each period's usage from the months read: the billable minutes of every month within the period's days (whichever
     * period billing puts the month in, as the usage query reads the period's days), the included minutes of the contract
     * governing the period ({@link Contract#governing}, the rule the query's {@code contract_governing} keeps).
     */
    private static Map<ClientId, Map<Period, Usage>> usageOfMonths(Map<ClientId, List<Period>> periods,
                                                                   Map<ClientId, List<MonthlyHours.Month>> months,
                                                                   Map<ClientId, List<Contract>> contractsOf) {
        Map<ClientId, Map<Period, Usage>> used = new HashMap<>();
        WorkCategory[] kinds = WorkCategory.values();
        periods.forEach((id, ofClient) -> {
            long[][] billable = new long[ofClient.size()][kinds.length];
            for (MonthlyHours.Month m : months.getOrDefault(id, List.of())) {
                for (int p = 0; p < ofClient.size(); p++) {
                    Period period = ofClient.get(p);
                    if (!m.month().isBefore(period.first()) && !m.month().isAfter(period.last())) {
                        billable[p][m.category().ordinal()] += m.billableMinutes();
                    }
                }
            }
            Map<Period, Usage> byPeriod = new HashMap<>();
            for (int p = 0; p < ofClient.size(); p++) {
                Period period = ofClient.get(p);
                Optional<Contract> governing = Contract.governing(contractsOf.getOrDefault(id, List.of()), period);
                List<Usage.CategoryUsage> categories = new ArrayList<>();
                for (WorkCategory category : kinds) {
                    Integer included = governing.map(c -> c.allowance(category).map(Allowance::includedMinutes).orElse(0)).orElse(null);
                    categories.add(new Usage.CategoryUsage(category, Math.toIntExact(billable[p][category.ordinal()]), included));
                }
                byPeriod.put(period, new Usage(period, governing.map(Contract::number).orElse(null), List.copyOf(categories)));
            }
            used.put(id, byPeriod);
        });
        return used;
    }

    /** The client's billing periods that overlap the days, oldest first. */
    private static List<Period> overlapping(ReportPeriod days, Client client, List<Contract> ofClient) {
        Set<Period> periods = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(days.from()); !m.isAfter(YearMonth.from(days.to())); m = m.plusMonths(1)) {
            periods.add(BillingPeriods.of(m, client, ofClient));
        }
        return List.copyOf(periods);
    }

    private static Optional<Line> line(Client client, List<Period> periods, List<Contract> ofClient, List<MonthlyHours.Month> months,
                                       Map<Period, Usage> used, boolean share) {
        Minutes sum = Minutes.NONE;
        boolean anyContract = false;
        boolean any = false;
        List<String> covered = new ArrayList<>();
        // each month in the one period billing puts it in (asked once per month), so that a month is never counted twice
        // where a client moved between monthly and quarterly billing: per period and category the minutes, the billable
        // minutes and the months worked, in one pass over the months
        int kinds = WorkCategory.values().length;
        Map<YearMonth, Period> periodOf = new HashMap<>();
        Map<Period, long[]> sums = new HashMap<>();
        for (MonthlyHours.Month m : months) {
            Period of = periodOf.computeIfAbsent(m.month(), month -> BillingPeriods.of(month, client, ofClient));
            long[] s = sums.computeIfAbsent(of, k -> new long[3 * kinds]);
            int i = 3 * m.category().ordinal();
            s[i] += m.minutes();
            s[i + 1] += m.billableMinutes();
            s[i + 2]++;
        }
        for (Period period : periods) {
            long[] s = sums.get(period);
            if (s == null) {
                continue;
            }
            boolean contract = Contract.governing(ofClient, period).isPresent();
            boolean inPeriod = false;
            for (WorkCategory category : WorkCategory.values()) {
                int i = 3 * category.ordinal();
                if (s[i + 2] == 0) {
                    continue;
                }
                inPeriod = true;
                sum = sum.plus(split(s[i], s[i + 1], contract, used.get(period).of(category), share));
            }
            if (inPeriod) {
                any = true;
                anyContract |= contract;
                covered.add(period.text());
            }
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new Line(client.id(), client.name(), anyContract, List.copyOf(covered), sum.minutes(), sum.billableMinutes(),
                sum.includedMinutes(), sum.beyondMinutes(), sum.withoutContractMinutes()));
    }

    /** One (period, category): as a run splits it (B4), or a consultant's share of that split. */
    private static Minutes split(long minutes, long billable, boolean contract, Usage.CategoryUsage used, boolean share) {
        if (!contract) {
            return new Minutes(minutes, billable, 0, 0, billable);
        }
        int allowance = used.includedMinutes() == null ? 0 : used.includedMinutes();
        int beyondAll = BillingRules.overage(used.billableMinutes(), allowance);
        long includedAll = used.billableMinutes() - beyondAll;
        long included = !share || used.billableMinutes() == 0 ? includedAll
                : Math.min(billable, Math.floorDiv(billable * includedAll, used.billableMinutes()));
        return new Minutes(minutes, billable, included, billable - included, 0);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
