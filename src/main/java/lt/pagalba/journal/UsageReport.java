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

    private static final String QUERY = """
            WITH bounds AS (
              SELECT p::date AS p_from, (p + CAST(:step AS interval) - interval '1 day')::date AS p_to
              FROM generate_series(CAST(:first AS date), CAST(:last AS date), CAST(:step AS interval)) AS p
            ), corrections AS (
              SELECT corrects, sum(minutes) AS minutes FROM work_entry
              WHERE client_id = :client AND corrects IS NOT NULL AND deleted_at IS NULL GROUP BY corrects
            ), net AS (
              SELECT e.category, e.work_date, CAST(e.minutes + coalesce(c.minutes, 0) AS int) AS minutes
              FROM work_entry e LEFT JOIN corrections c ON c.corrects = e.id
              WHERE e.client_id = :client AND e.corrects IS NULL AND e.deleted_at IS NULL
                AND e.work_date BETWEEN CAST(:first AS date) AND (SELECT max(p_to) FROM bounds)
            ), billable AS (
              SELECT CAST(date_trunc(:unit, n.work_date) AS date) AS p_from, n.category,
                     sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                  coalesce(k.minimum_minutes, cl.minimum_minutes))) AS minutes
              FROM net n
              JOIN client cl ON cl.id = :client
              LEFT JOIN contract k ON k.client_id = :client AND n.work_date >= k.valid_from
                                   AND (k.valid_to IS NULL OR n.work_date <= k.valid_to)
              GROUP BY 1, n.category
            ), period_contract AS (
              SELECT b.p_from, k.id, k.number FROM bounds b
              LEFT JOIN LATERAL (SELECT id, number FROM contract WHERE client_id = :client AND valid_from <= b.p_to
                                   AND (valid_to IS NULL OR valid_to >= b.p_from)
                                 ORDER BY valid_from DESC LIMIT 1) k ON true
            )
            SELECT pc.p_from, c.category, coalesce(bi.minutes, 0) AS billable, a.included_minutes, pc.number
            FROM period_contract pc
            CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS c(category)
            LEFT JOIN billable bi ON bi.p_from = pc.p_from AND bi.category = c.category
            LEFT JOIN contract_allowance a ON a.contract_id = pc.id AND a.category = c.category
            ORDER BY pc.p_from, c.category = 'ADDITIONAL_WORK'
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
        Client client = clients.get(clientId);
        LocalDate today = Vilnius.today();
        PeriodLength length = contracts.validOn(client.id(), today).map(c -> c.period()).orElse(client.billing().period());
        return Period.of(today, length);
    }

    public Usage usage(String clientId, Period period) {
        return history(clientId, period, 1).get(0);
    }

    /** The usage of {@code count} consecutive periods ending with {@code last}, oldest first. */
    public List<Usage> history(String clientId, Period last, int count) {
        return history(UUID.fromString(clients.get(clientId).id()), last, count);
    }

    /** The usage of a client known to exist (billing runs ask for thousands). */
    public Usage usageOfKnownClient(String clientId, Period period) {
        return history(UUID.fromString(clientId), period, 1).get(0);
    }

    private List<Usage> history(UUID clientId, Period last, int count) {
        Period first = last;
        for (int i = 1; i < count; i++) {
            first = first.previous();
        }
        Map<LocalDate, List<Usage.CategoryUsage>> byPeriod = new LinkedHashMap<>();
        Map<LocalDate, String> contractOf = new LinkedHashMap<>();
        jdbc.sql(QUERY)
                .param("client", clientId)
                .param("first", first.from()).param("last", last.from())
                .param("step", last.length() == PeriodLength.MONTH ? "1 month" : "3 months")
                .param("unit", last.length() == PeriodLength.MONTH ? "month" : "quarter")
                .query((rs, n) -> {
                    LocalDate from = rs.getObject("p_from", LocalDate.class);
                    Integer included = (Integer) rs.getObject("included_minutes");
                    String number = rs.getString("number");
                    contractOf.put(from, number);
                    byPeriod.computeIfAbsent(from, k -> new ArrayList<>()).add(new Usage.CategoryUsage(
                            WorkCategory.valueOf(rs.getString("category")), rs.getInt("billable"),
                            number == null ? null : included == null ? 0 : included));
                    return from;
                }).list();
        List<Usage> usages = new ArrayList<>();
        byPeriod.forEach((from, categories) -> usages.add(new Usage(Period.of(from, last.length()), contractOf.get(from),
                List.copyOf(categories))));
        return usages;
    }
}
