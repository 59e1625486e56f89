package lt.pagalba.client;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PeriodLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client and contact tables, in plain SQL. */
@Repository
class Clients {

    private static final String COLUMNS = """
            c.id, c.name, c.company_code, c.vat_code, c.address, c.email, c.phone, c.billing_period, c.hourly_rate,
            c.additional_work_rate, c.increment_minutes, c.minimum_minutes, c.permanent_consultant, c.language,
            c.payment_term_days, c.created_at
            """;

    private final JdbcClient jdbc;

    Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Client> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.id = :id").param("id", id)
                .query(Clients::client).optional();
    }

    /** Many clients in one round trip (a billing run reads thousands). */
    List<Client> findAll(Collection<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).query(Clients::client).list();
    }

    /** A client and, in the same round trip, its contact with this e-mail (if any). */
    Optional<Map.Entry<Client, Optional<Contact>>> findWithContact(UUID id, String email) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , k.id AS k_id, k.client_id AS k_client_id, k.first_name AS k_first_name, k.last_name AS k_last_name,
                          k.position AS k_position, k.phone AS k_phone, k.email AS k_email
                        FROM client c LEFT JOIN contact k ON k.client_id = c.id AND lower(k.email) = lower(:email)
                        WHERE c.id = :id
                        """).param("id", id).param("email", email == null ? "" : email)
                .query((rs, n) -> Map.entry(client(rs, n), Optional.ofNullable(rs.getString("k_id") == null ? null
                        : new Contact(rs.getString("k_id"), rs.getString("k_client_id"), rs.getString("k_first_name"),
                        rs.getString("k_last_name"), rs.getString("k_position"), rs.getString("k_phone"),
                        rs.getString("k_email"))))).optional();
    }

    Optional<Client> findByCompanyCode(String companyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.company_code = :code").param("code", companyCode)
                .query(Clients::client).optional();
    }

    /** The client whose name, written any usual way, is this one (oldest first when several are). */
    Optional<Client> findByNameKey(String typedName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.name_key = pagalba_name_key(:name) AND c.name_key <> ''"
                        + " ORDER BY c.created_at, c.id LIMIT 1")
                .param("name", typedName).query(Clients::client).optional();
    }

    /** Serialises creating a client of this name, so two registrations at once make one client. */
    void lockName(String typedName) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('client:' || pagalba_name_key(:name), 0))")
                .param("name", typedName).query().singleValue();
    }

    void lockContactEmail(UUID clientId, String email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('contact:' || :client || lower(:email), 0))")
                .param("client", clientId.toString()).param("email", email).query().singleValue();
    }

    /** Clients whose name, codes or contacts match the words typed, ignoring case and Lithuanian accents. */
    PageOf<Client> search(String q, PageOf.Request page) {
        String text = q == null ? "" : q.trim();
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + ", count(*) OVER () AS total FROM client c WHERE "
                        + """
                        :text = ''
                        OR lower(unaccent(c.name)) LIKE lower(unaccent(:pattern))
                        OR c.company_code LIKE :pattern OR lower(c.vat_code) LIKE :pattern
                        OR lower(c.email) LIKE :pattern
                        OR EXISTS (SELECT 1 FROM contact k WHERE k.client_id = c.id AND (
                             lower(unaccent(k.first_name || ' ' || k.last_name)) LIKE lower(unaccent(:pattern))
                             OR lower(k.email) LIKE :pattern OR k.phone LIKE :pattern))
                        ORDER BY lower(c.name), c.id LIMIT :limit OFFSET :offset
                        """)
                .param("text", text).param("pattern", pattern)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Row(client(rs, n), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? countAll(text, page) : rows.get(0).total();
        return new PageOf<>(rows.stream().map(Row::client).toList(), page.page(), page.size(), total);
    }

    private long countAll(String text, PageOf.Request page) {
        // a page past the end has no rows to carry the total
        return page.page() == 0 ? 0 : search(text, PageOf.Request.of(0, 1)).total();
    }

    private record Row(Client client, long total) {
    }

    void insert(UUID id, Client c) {
        jdbc.sql("""
                INSERT INTO client (id, name, company_code, vat_code, address, email, phone, billing_period, hourly_rate,
                  additional_work_rate, increment_minutes, minimum_minutes, permanent_consultant, language, payment_term_days)
                VALUES (:id, :name, :companyCode, :vatCode, :address, :email, :phone, :period, :hourlyRate,
                  :additionalWorkRate, :increment, :minimum, :consultant, :language, :paymentTermDays)
                """).paramSource(params(id, c)).update();
    }

    void update(UUID id, Client c) {
        jdbc.sql("""
                UPDATE client SET name = :name, company_code = :companyCode, vat_code = :vatCode, address = :address,
                  email = :email, phone = :phone, billing_period = :period, hourly_rate = :hourlyRate,
                  additional_work_rate = :additionalWorkRate, increment_minutes = :increment, minimum_minutes = :minimum,
                  permanent_consultant = :consultant, language = :language, payment_term_days = :paymentTermDays
                WHERE id = :id
                """).paramSource(params(id, c)).update();
    }

    private static java.util.Map<String, Object> params(UUID id, Client c) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", id);
        p.put("name", c.name());
        p.put("companyCode", c.companyCode());
        p.put("vatCode", c.vatCode());
        p.put("address", c.address());
        p.put("email", c.email());
        p.put("phone", c.phone());
        p.put("period", c.billing().period().name());
        p.put("hourlyRate", amount(c.billing().hourlyRate()));
        p.put("additionalWorkRate", amount(c.billing().additionalWorkRate()));
        p.put("increment", c.billing().incrementMinutes());
        p.put("minimum", c.billing().minimumMinutes());
        p.put("consultant", c.permanentConsultant());
        p.put("language", c.language());
        p.put("paymentTermDays", c.paymentTermDays());
        return p;
    }

    // contacts

    List<Contact> contacts(UUID clientId) {
        return jdbc.sql("""
                SELECT id, client_id, first_name, last_name, position, phone, email FROM contact
                WHERE client_id = :id ORDER BY last_name, first_name, id
                """).param("id", clientId).query(Clients::contact).list();
    }

    Optional<Contact> contact(UUID clientId, UUID contactId) {
        return jdbc.sql("SELECT id, client_id, first_name, last_name, position, phone, email FROM contact WHERE id = :id AND client_id = :c")
                .param("id", contactId).param("c", clientId).query(Clients::contact).optional();
    }

    Optional<Contact> contactByEmail(UUID clientId, String email) {
        return jdbc.sql("SELECT id, client_id, first_name, last_name, position, phone, email FROM contact WHERE client_id = :c AND lower(email) = lower(:e)")
                .param("c", clientId).param("e", email).query(Clients::contact).optional();
    }

    /** Contacts of any client with this e-mail address, the most recently added first. */
    List<Contact> contactsByEmail(String email) {
        return jdbc.sql("SELECT id, client_id, first_name, last_name, position, phone, email FROM contact WHERE lower(email) = lower(:e) ORDER BY created_at DESC, id")
                .param("e", email).query(Clients::contact).list();
    }

    void insertContact(UUID id, UUID clientId, Contact c) {
        jdbc.sql("""
                INSERT INTO contact (id, client_id, first_name, last_name, position, phone, email)
                VALUES (:id, :clientId, :firstName, :lastName, :position, :phone, :email)
                """)
                .param("id", id).param("clientId", clientId).param("firstName", c.firstName()).param("lastName", c.lastName())
                .param("position", c.position()).param("phone", c.phone()).param("email", c.email()).update();
    }

    void updateContact(UUID id, Contact c) {
        jdbc.sql("""
                UPDATE contact SET first_name = :firstName, last_name = :lastName, position = :position, phone = :phone,
                  email = :email WHERE id = :id
                """)
                .param("id", id).param("firstName", c.firstName()).param("lastName", c.lastName())
                .param("position", c.position()).param("phone", c.phone()).param("email", c.email()).update();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }

    private static Client client(ResultSet rs, int row) throws SQLException {
        BillingSettings billing = new BillingSettings(PeriodLength.valueOf(rs.getString("billing_period")),
                money(rs, "hourly_rate"), money(rs, "additional_work_rate"), rs.getInt("increment_minutes"),
                rs.getInt("minimum_minutes"));
        return new Client(rs.getString("id"), rs.getString("name"), rs.getString("company_code"), rs.getString("vat_code"),
                rs.getString("address"), rs.getString("email"), rs.getString("phone"), billing,
                rs.getString("permanent_consultant"), rs.getString("language"), rs.getInt("payment_term_days"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getString("id"), rs.getString("client_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("position"), rs.getString("phone"), rs.getString("email"));
    }
}
