package lt.pagalba.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contract tables, in plain SQL. */
@Repository
class Contracts {

    private static final String SELECT = """
            SELECT c.id, c.client_id, c.number, c.valid_from, c.valid_to, c.period, c.increment_minutes,
                   c.minimum_minutes, c.first_billed_at IS NOT NULL AS billed,
                   a.category, a.included_minutes, a.overage_hourly_rate
            FROM contract c LEFT JOIN contract_allowance a ON a.contract_id = c.id
            """;

    private final JdbcClient jdbc;

    Contracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contract> find(UUID id) {
        return collect(jdbc.sql(SELECT + " WHERE c.id = :id ORDER BY a.category = 'ADDITIONAL_WORK'").param("id", id)
                .query((rs, n) -> row(rs)).list()).stream().findFirst();
    }

    List<Contract> ofClient(UUID clientId) {
        return collect(jdbc.sql(SELECT + " WHERE c.client_id = :id ORDER BY c.valid_from DESC, a.category = 'ADDITIONAL_WORK'")
                .param("id", clientId).query((rs, n) -> row(rs)).list());
    }

    /** The contracts of many clients in one round trip, each client's newest first. */
    List<Contract> ofClients(Collection<UUID> clientIds) {
        return collect(jdbc.sql(SELECT + """
                 WHERE c.client_id = ANY(CAST(:ids AS uuid[]))
                 ORDER BY c.client_id, c.valid_from DESC, a.category = 'ADDITIONAL_WORK'
                """).param("ids", clientIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> row(rs)).list());
    }

    Optional<Contract> validOn(UUID clientId, LocalDate day) {
        return collect(jdbc.sql(SELECT + """
                 WHERE c.client_id = :id AND c.valid_from <= :day AND (c.valid_to IS NULL OR c.valid_to >= :day)
                 ORDER BY a.category = 'ADDITIONAL_WORK'
                """).param("id", clientId).param("day", day).query((rs, n) -> row(rs)).list()).stream().findFirst();
    }

    /** Contracts of the client whose validity overlaps [from, to] (to null: open-ended), other than {@code except}. */
    List<Contract> overlapping(UUID clientId, LocalDate from, LocalDate to, UUID except) {
        return collect(jdbc.sql(SELECT + """
                 WHERE c.client_id = :id AND c.id <> :except
                   AND daterange(c.valid_from, c.valid_to, '[]') && daterange(:from, :to, '[]')
                 ORDER BY c.valid_from, a.category = 'ADDITIONAL_WORK'
                """).param("id", clientId).param("from", from).param("to", to).param("except", except)
                .query((rs, n) -> row(rs)).list());
    }

    /** Serialises changes to one client's contracts, so the overlap check and the write cannot interleave. */
    void lockClient(UUID clientId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('contract:' || :id, 0))").param("id", clientId.toString())
                .query().singleValue();
    }

    void insert(UUID id, UUID clientId, Contract c) {
        jdbc.sql("""
                INSERT INTO contract (id, client_id, number, valid_from, valid_to, period, increment_minutes, minimum_minutes)
                VALUES (:id, :clientId, :number, :from, :to, :period, :increment, :minimum)
                """)
                .param("id", id).param("clientId", clientId).param("number", c.number()).param("from", c.validFrom())
                .param("to", c.validTo()).param("period", c.period().name()).param("increment", c.incrementMinutes())
                .param("minimum", c.minimumMinutes()).update();
        insertAllowances(id, c.allowances());
    }

    void update(UUID id, Contract c) {
        jdbc.sql("""
                UPDATE contract SET number = :number, valid_from = :from, valid_to = :to, period = :period,
                  increment_minutes = :increment, minimum_minutes = :minimum WHERE id = :id
                """)
                .param("id", id).param("number", c.number()).param("from", c.validFrom()).param("to", c.validTo())
                .param("period", c.period().name()).param("increment", c.incrementMinutes())
                .param("minimum", c.minimumMinutes()).update();
        jdbc.sql("DELETE FROM contract_allowance WHERE contract_id = :id").param("id", id).update();
        insertAllowances(id, c.allowances());
    }

    void end(UUID id, LocalDate validTo) {
        jdbc.sql("UPDATE contract SET valid_to = :to WHERE id = :id").param("id", id).param("to", validTo).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM contract WHERE id = :id AND first_billed_at IS NULL").param("id", id).update();
    }

    void markBilled(List<UUID> ids) {
        jdbc.sql("UPDATE contract SET first_billed_at = now() WHERE id = ANY(CAST(:ids AS uuid[])) AND first_billed_at IS NULL")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    private void insertAllowances(UUID contractId, List<Allowance> allowances) {
        for (Allowance a : allowances) {
            jdbc.sql("""
                    INSERT INTO contract_allowance (contract_id, category, included_minutes, overage_hourly_rate)
                    VALUES (:id, :category, :included, :rate)
                    """)
                    .param("id", contractId).param("category", a.category().name()).param("included", a.includedMinutes())
                    .param("rate", a.overageHourlyRate().amount()).update();
        }
    }

    private record Row(Contract contract, Allowance allowance) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Contract contract = new Contract(rs.getString("id"), rs.getString("client_id"), rs.getString("number"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                PeriodLength.valueOf(rs.getString("period")), rs.getInt("increment_minutes"),
                rs.getInt("minimum_minutes"), List.of(), rs.getBoolean("billed"));
        String category = rs.getString("category");
        Allowance allowance = category == null ? null : new Allowance(WorkCategory.valueOf(category),
                rs.getInt("included_minutes"), new Money(rs.getBigDecimal("overage_hourly_rate")));
        return new Row(contract, allowance);
    }

    /** Folds the joined rows (one per allowance) back into contracts, keeping their order. */
    private static List<Contract> collect(List<Row> rows) {
        Map<String, List<Row>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.contract().id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream().map(group -> {
            Contract c = group.get(0).contract();
            List<Allowance> allowances = group.stream().map(Row::allowance).filter(a -> a != null).toList();
            return new Contract(c.id(), c.clientId(), c.number(), c.validFrom(), c.validTo(), c.period(),
                    c.incrementMinutes(), c.minimumMinutes(), allowances, c.billed());
        }).toList();
    }
}
