package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The usage read model: billable minutes per category and contract period, against the included
 * minutes, in one SQL query for any number of consecutive periods. It is a report, so it reads the
 * contract and client terms in the same query instead of asking those modules entry by entry:
 * each entry is rounded under the contract valid on its work date, or the client's own settings
 * without one (B1); corrections count in the period of the entry they correct (B5); the included
 * minutes are those of the contract valid at the end of the period (not prorated).
 */
@Service
public class UsageReport {

    /** Usage of any set of (client, period) pairs, given as arrays: one round trip for one client or ten thousand. */
    private static final String QUERY = """
            WITH due AS (
              SELECT * FROM unnest(CAST(:clients AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[])) AS d(client_id, p_from, p_to)
            ), corrections AS (
              SELECT corrects, sum(minutes) AS minutes FROM work_entry
              WHERE client_id IN (SELECT client_id FROM due) AND corrects IS NOT NULL AND deleted_at IS NULL GROUP BY corrects
            ), net AS (
              SELECT d.client_id, d.p_from, e.category, e.work_date, CAST(e.minutes + coalesce(c.minutes, 0) AS int) AS minutes
              FROM due d
              JOIN work_entry e ON e.client_id = d.client_id AND e.work_date BETWEEN d.p_from AND d.p_to
              LEFT JOIN corrections c ON c.corrects = e.id
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL
            ), billable AS (
              SELECT n.client_id, n.p_from, n.category,
                     sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                  coalesce(k.minimum_minutes, cl.minimum_minutes))) AS minutes
              FROM net n
              JOIN client cl ON cl.id = n.client_id
              LEFT JOIN contract k ON k.client_id = n.client_id AND n.work_date >= k.valid_from
                                   AND (k.valid_to IS NULL OR n.work_date <= k.valid_to)
              GROUP BY n.client_id, n.p_from, n.category
            ), period_contract AS (
              SELECT d.client_id, d.p_from, k.id, k.number FROM due d
              LEFT JOIN LATERAL (SELECT id, number FROM contract WHERE client_id = d.client_id AND valid_from <= d.p_to
                                   AND (valid_to IS NULL OR valid_to >= d.p_from)
                                 ORDER BY valid_from DESC LIMIT 1) k ON true
            )
            SELECT pc.client_id, pc.p_from, c.category, coalesce(bi.minutes, 0) AS billable, a.included_minutes, pc.number
            FROM period_contract pc
            CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS c(category)
            LEFT JOIN billable bi ON bi.client_id = pc.client_id AND bi.p_from = pc.p_from AND bi.category = c.category
            LEFT JOIN contract_allowance a ON a.contract_id = pc.id AND a.category = c.category
            ORDER BY pc.client_id, pc.p_from, c.category = 'ADDITIONAL_WORK'
            """;

    private final JdbcClient jdbc;
    private final ClientDirectory clients;
    private final ContractBook contracts;

    UsageReport(JdbcClient jdbc, ClientDirectory clients, ContractBook contracts) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.contracts = contracts;
    }

    /** The client's contract period (or billing period without a contract) that today falls in. */
    public Period currentPeriod(String clientId) {
        Client client = clients.get(ClientId.parse(clientId));
        LocalDate today = Vilnius.today();
        PeriodLength length = contracts.validOn(client.id().text(), today).map(c -> c.period()).orElse(client.billing().period());
        return Period.of(today, length);
    }

    public Usage usage(String clientId, Period period) {
        return history(clientId, period, 1).get(0);
    }

    /** The usage of {@code count} consecutive periods ending with {@code last}, oldest first. */
    public List<Usage> history(String clientId, Period last, int count) {
        return history(clients.get(ClientId.parse(clientId)).id().value(), last, count);
    }

    /** The usage of many periods of clients known to exist (a billing run asks for thousands), in one query. */
    public Map<String, Map<Period, Usage>> usageOfKnownClients(Map<String, List<Period>> periods) {
        Map<Due, Period> asked = new LinkedHashMap<>();
        periods.forEach((client, ofClient) -> ofClient.forEach(p -> asked.put(new Due(client, p.from()), p)));
        Map<String, Map<Period, Usage>> usages = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return usages;
        }
        Map<Due, List<Usage.CategoryUsage>> categories = new LinkedHashMap<>();
        Map<Due, String> contractOf = new LinkedHashMap<>();
        jdbc.sql(QUERY)
                .param("clients", asked.keySet().stream().map(Due::client).toArray(String[]::new))
                .param("froms", asked.values().stream().map(p -> p.from().toString()).toArray(String[]::new))
                .param("tos", asked.values().stream().map(p -> p.to().toString()).toArray(String[]::new))
                .query((rs, n) -> {
                    Due due = new Due(rs.getString("client_id"), rs.getObject("p_from", LocalDate.class));
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
    private record Due(String client, LocalDate from) {
    }

    private List<Usage> history(UUID clientId, Period last, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return List.copyOf(usageOfKnownClients(Map.of(clientId.toString(), periods))
                .getOrDefault(clientId.toString(), Map.of()).values());
    }
}
