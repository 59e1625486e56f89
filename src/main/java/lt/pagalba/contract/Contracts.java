package lt.pagalba.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contract tables, in plain SQL. */
@Repository
class Contracts {

    private static final String SELECT = """
            SELECT c.id, c.client_id, c.number, c.valid_from, c.valid_to, c.period, c.increment_minutes,
                   c.minimum_minutes, c.first_billed_at IS NOT NULL AS billed, c.first_contact_minutes, c.resolution_minutes,
                   a.category, a.included_minutes, a.overage_hourly_rate
            FROM contract c LEFT JOIN contract_allowance a ON a.contract_id = c.id
            """;
    /** Consultation before additional work, as the forms and the API list them. */
    private static final String ALLOWANCE_ORDER = "a.category = 'ADDITIONAL_WORK'";

    private final JdbcClient jdbc;

    Contracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contract> find(ContractId id) {
        return query(SELECT + " WHERE c.id = :id ORDER BY " + ALLOWANCE_ORDER, Map.of("id", id.value())).stream().findFirst();
    }

    List<Contract> ofClient(ClientId clientId) {
        return query(SELECT + " WHERE c.client_id = :id ORDER BY c.valid_from DESC, " + ALLOWANCE_ORDER,
                Map.of("id", clientId.value()));
    }

    /** The contracts of many clients in one round trip, each client's newest first. */
    List<Contract> ofClients(Collection<ClientId> clientIds) {
        return query(SELECT + " WHERE c.client_id = ANY(CAST(:ids AS uuid[])) ORDER BY c.client_id, c.valid_from DESC, "
                + ALLOWANCE_ORDER, Map.of("ids", texts(clientIds)));
    }

    Optional<Contract> validOn(ClientId clientId, LocalDate day) {
        return query(SELECT + " WHERE c.id IN (SELECT id FROM contract_valid_on(:id, :day)) ORDER BY " + ALLOWANCE_ORDER,
                Map.of("id", clientId.value(), "day", day)).stream().findFirst();
    }

    /** The client's other contracts whose validity overlaps this one's (an open end overlaps all after). */
    List<Contract> overlapping(Contract contract) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", contract.clientId().value());
        params.put("except", contract.id().value());
        params.put("from", contract.validFrom());
        params.put("to", contract.validTo());
        return query(SELECT + """
                 WHERE c.client_id = :id AND c.id <> :except
                   AND daterange(c.valid_from, c.valid_to, '[]') && daterange(:from, :to, '[]')
                 ORDER BY c.valid_from,\s""" + ALLOWANCE_ORDER, params);
    }

    /** Serialises changes to one client's contracts, so the overlap check and the write cannot interleave. */
    void lockClient(ClientId clientId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('contract:' || :id, 0))").param("id", clientId.text())
                .query().singleValue();
    }

    void insert(Contract c) {
        jdbc.sql("""
                INSERT INTO contract (id, client_id, number, valid_from, valid_to, period, increment_minutes, minimum_minutes,
                                      first_contact_minutes, resolution_minutes)
                VALUES (:id, :clientId, :number, :from, :to, :period, :increment, :minimum, :firstContact, :resolution)
                """).params(terms(c)).param("clientId", c.clientId().value()).update();
        insertAllowances(c);
    }

    void update(Contract c) {
        jdbc.sql("""
                UPDATE contract SET number = :number, valid_from = :from, valid_to = :to, period = :period,
                  increment_minutes = :increment, minimum_minutes = :minimum,
                  first_contact_minutes = :firstContact, resolution_minutes = :resolution WHERE id = :id
                """).params(terms(c)).update();
        jdbc.sql("DELETE FROM contract_allowance WHERE contract_id = :id").param("id", c.id().value()).update();
        insertAllowances(c);
    }

    /** What may change of a billed contract: its end and its service promise. */
    void endAndPromise(Contract c) {
        jdbc.sql("""
                UPDATE contract SET valid_to = :to, first_contact_minutes = :firstContact, resolution_minutes = :resolution
                WHERE id = :id
                """).params(terms(c)).update();
    }

    void delete(ContractId id) {
        jdbc.sql("DELETE FROM contract WHERE id = :id AND first_billed_at IS NULL").param("id", id.value()).update();
    }

    void markBilled(Collection<ContractId> ids) {
        jdbc.sql("UPDATE contract SET first_billed_at = now() WHERE id = ANY(CAST(:ids AS uuid[])) AND first_billed_at IS NULL")
                .param("ids", texts(ids)).update();
    }

    private static Map<String, Object> terms(Contract c) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", c.id().value());
        params.put("number", c.number());
        params.put("from", c.validFrom());
        params.put("to", c.validTo());
        params.put("period", c.period().name());
        params.put("increment", c.incrementMinutes());
        params.put("minimum", c.minimumMinutes());
        params.put("firstContact", c.firstContactMinutes());
        params.put("resolution", c.resolutionMinutes());
        return params;
    }

    private void insertAllowances(Contract c) {
        for (Allowance a : c.allowances()) {
            jdbc.sql("""
                    INSERT INTO contract_allowance (contract_id, category, included_minutes, overage_hourly_rate)
                    VALUES (:id, :category, :included, :rate)
                    """)
                    .param("id", c.id().value()).param("category", a.category().name())
                    .param("included", a.includedMinutes()).param("rate", a.overageHourlyRate().amount()).update();
        }
    }

    private static String[] texts(Collection<? extends TypedId> ids) {
        return ids.stream().map(TypedId::text).toArray(String[]::new);
    }

    private record Row(Contract contract, Allowance allowance) {
    }

    /** Folds the joined rows (one per allowance) back into contracts, keeping their order. */
    private List<Contract> query(String sql, Map<String, ?> params) {
        Map<ContractId, List<Row>> byId = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(Contracts::row).list()
                .forEach(r -> byId.computeIfAbsent(r.contract().id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream().map(group -> {
            Contract c = group.get(0).contract();
            return new Contract(c.id(), c.clientId(), c.number(), c.validFrom(), c.validTo(), c.period(),
                    c.incrementMinutes(), c.minimumMinutes(), group.stream().map(Row::allowance).filter(Objects::nonNull).toList(),
                    c.billed(), c.firstContactMinutes(), c.resolutionMinutes());
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Contract contract = new Contract(new ContractId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("number"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                PeriodLength.valueOf(rs.getString("period")), rs.getInt("increment_minutes"),
                rs.getInt("minimum_minutes"), List.of(), rs.getBoolean("billed"),
                rs.getObject("first_contact_minutes", Integer.class), rs.getObject("resolution_minutes", Integer.class));
        String category = rs.getString("category");
        Allowance allowance = category == null ? null : new Allowance(WorkCategory.valueOf(category),
                rs.getInt("included_minutes"), new Money(rs.getBigDecimal("overage_hourly_rate")));
        return new Row(contract, allowance);
    }
}
