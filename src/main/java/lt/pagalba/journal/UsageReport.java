package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.Contract;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The usage read model: billable minutes per category and contract period, against the included
 * minutes, in one SQL query ({@link UsageQuery}) for any number of consecutive periods. The pages,
 * reports and billing runs read it from the journal's monthly sums ({@link UsageQuery#FROM_SUMS}, V82),
 * whose answer is that of the per-entry statement ({@link UsageQuery#SQL}). It is a
 * report, so it reads the contract and client terms in the same query through the views and
 * functions those modules publish instead of asking them entry by entry: each entry is rounded
 * under the contract valid on its work date, or the client's own settings without one (B1);
 * corrections count in the period of the entry they correct (B5); the included minutes are those
 * of the contract that governs the period, the latest valid on any of its days (not prorated).
 */
@Service
public class UsageReport {

    private final JdbcClient jdbc;
    private final ClientDirectory clients;
    private final ContractBook contracts;

    UsageReport(JdbcClient jdbc, ClientDirectory clients, ContractBook contracts) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.contracts = contracts;
    }

    /** The client's contract period (or billing period without a contract) that today falls in. */
    public Period currentPeriod(ClientId clientId) {
        return currentPeriod(clients.get(clientId));
    }

    private Period currentPeriod(Client client) {
        LocalDate today = Vilnius.today();
        PeriodLength length = contracts.validOn(client.id(), today).map(Contract::period).orElse(client.billing().period());
        return Period.of(today, length);
    }

    public Usage usage(ClientId clientId, Period period) {
        return history(clientId, period, 1).get(0);
    }

    /** This period's usage of a client: the client read once. */
    public Usage currentUsage(ClientId clientId) {
        Client client = clients.get(clientId);
        return historyOfKnownClient(client.id(), currentPeriod(client), 1).get(0);
    }

    /** The {@code count} periods ending with the current one of a client a page has already read, oldest first. */
    public List<Usage> recentHistory(Client client, int count) {
        return historyOfKnownClient(client.id(), currentPeriod(client), count);
    }

    /** The usage of {@code count} consecutive periods ending with {@code last}, oldest first. */
    public List<Usage> history(ClientId clientId, Period last, int count) {
        clients.get(clientId); // an unknown client is a 404, not an empty report
        return historyOfKnownClient(clientId, last, count);
    }

    private List<Usage> historyOfKnownClient(ClientId clientId, Period last, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return List.copyOf(usage(UsageQuery.FROM_SUMS, Map.of(clientId, periods)).getOrDefault(clientId, Map.of()).values());
    }

    /**
     * The usage of many periods of clients known to exist (a billing run asks for thousands; the
     * contract-hours report too) in one query over the journal's monthly sums (V82): a run's 10,000
     * clients are some 40,000 rows of sums instead of a million entries (issue 18). The sums are the
     * entries' own, rounded each under the contract of its day, and written in the same transaction as
     * the entries, so a run's snapshot sees them exactly as it sees the entries; which entries a bill
     * covers is recorded as billed ranges, so every line stays traceable to them.
     */
    public Map<ClientId, Map<Period, Usage>> usageOfKnownClients(Map<ClientId, List<Period>> periods) {
        return usage(UsageQuery.FROM_SUMS, periods);
    }

    /** The usage of the periods by one of {@link UsageQuery}'s statements (package-private for the test that compares them). */
    Map<ClientId, Map<Period, Usage>> usage(String query, Map<ClientId, List<Period>> periods) {
        Map<Due, Period> asked = new LinkedHashMap<>();
        periods.forEach((client, ofClient) -> ofClient.forEach(p -> asked.put(new Due(client, p.from()), p)));
        Map<ClientId, Map<Period, Usage>> usages = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return usages;
        }
        Map<Due, List<Usage.CategoryUsage>> categories = new LinkedHashMap<>();
        Map<Due, String> contractOf = new LinkedHashMap<>();
        jdbc.sql(query)
                .param("clients", asked.keySet().stream().map(Due::client).map(TypedId::text).toArray(String[]::new))
                .param("froms", asked.values().stream().map(p -> p.from().toString()).toArray(String[]::new))
                .param("tos", asked.values().stream().map(p -> p.to().toString()).toArray(String[]::new))
                .query((rs, n) -> {
                    Due due = new Due(new ClientId(rs.getObject("client_id", UUID.class)), rs.getObject("p_from", LocalDate.class));
                    Integer included = (Integer) rs.getObject("included_minutes");
                    String number = rs.getString("number");
                    contractOf.put(due, number);
                    return categories.computeIfAbsent(due, k -> new ArrayList<>()).add(new Usage.CategoryUsage(
                            WorkCategory.valueOf(rs.getString("category")), rs.getInt("billable"),
                            number == null ? null : included == null ? 0 : included));
                }).list();
        categories.forEach((due, used) -> {
            Period period = asked.get(due);
            usages.computeIfAbsent(due.client(), k -> new LinkedHashMap<>())
                    .put(period, new Usage(period, contractOf.get(due), List.copyOf(used)));
        });
        return usages;
    }

    /** A client's period, by its first day, as the query answers it. */
    private record Due(ClientId client, LocalDate from) {
    }
}
