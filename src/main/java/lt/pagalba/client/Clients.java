package lt.pagalba.client;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.VatCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client table, in plain SQL. */
@Repository
class Clients {

    static final String COLUMNS = """
            c.id, c.name, c.company_code, c.vat_code, c.address, c.email, c.phone, c.billing_period, c.hourly_rate,
            c.additional_work_rate, c.increment_minutes, c.minimum_minutes, c.permanent_consultant, c.language,
            c.payment_term_days, c.created_at, c.street, c.city, c.postcode, c.country, c.attach_e_invoice
            """;

    private final JdbcClient jdbc;

    Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Client> find(ClientId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.id = :id").param("id", id.value())
                .query(Clients::client).optional();
    }

    Client get(ClientId id) {
        return find(id).orElseThrow(() -> new NotFoundException("client", id));
    }

    /** Many clients in one round trip (a billing run reads thousands). */
    List<Client> findAll(Collection<ClientId> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", ids.stream().map(ClientId::text).toArray(String[]::new)).query(Clients::client).list();
    }

    /** A client and, in the same round trip, its contact with this e-mail (if any). */
    Optional<ClientDirectory.ClientContact> findWithContact(ClientId id, EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , k.id AS k_id, k.client_id AS k_client_id, k.first_name AS k_first_name, k.last_name AS k_last_name,
                          k.position AS k_position, k.phone AS k_phone, k.email AS k_email
                        FROM client c LEFT JOIN contact k ON k.client_id = c.id AND lower(k.email) = lower(:email)
                        WHERE c.id = :id
                        """).param("id", id.value()).param("email", email == null ? "" : email.value())
                .query((rs, n) -> new ClientDirectory.ClientContact(client(rs, n), Optional.ofNullable(
                        rs.getString("k_id") == null ? null : Contacts.contact(rs, "k_")))).optional();
    }

    Optional<Client> findByVatCode(VatCode vatCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.vat_code = :code")
                .param("code", vatCode.value()).query(Clients::client).optional();
    }

    Optional<Client> findByCompanyCode(CompanyCode companyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.company_code = :code")
                .param("code", companyCode.value()).query(Clients::client).optional();
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

    void insert(ClientId id, ClientCommand c) {
        jdbc.sql("""
                INSERT INTO client (id, name, company_code, vat_code, address, email, phone, billing_period, hourly_rate,
                  additional_work_rate, increment_minutes, minimum_minutes, permanent_consultant, language, payment_term_days,
                  street, city, postcode, country, attach_e_invoice)
                VALUES (:id, :name, :companyCode, :vatCode, :address, :email, :phone, :period, :hourlyRate,
                  :additionalWorkRate, :increment, :minimum, :consultant, :language, :paymentTermDays,
                  :street, :city, :postcode, :country, :attachEInvoice)
                """).paramSource(params(id, c)).update();
    }

    void update(ClientId id, ClientCommand c) {
        jdbc.sql("""
                UPDATE client SET name = :name, company_code = :companyCode, vat_code = :vatCode, address = :address,
                  email = :email, phone = :phone, billing_period = :period, hourly_rate = :hourlyRate,
                  additional_work_rate = :additionalWorkRate, increment_minutes = :increment, minimum_minutes = :minimum,
                  permanent_consultant = :consultant, language = :language, payment_term_days = :paymentTermDays,
                  street = :street, city = :city, postcode = :postcode, country = :country, attach_e_invoice = :attachEInvoice
                WHERE id = :id
                """).paramSource(params(id, c)).update();
    }

    private static Map<String, Object> params(ClientId id, ClientCommand c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id.value());
        p.put("name", c.name());
        p.put("companyCode", text(c.companyCode()));
        p.put("vatCode", text(c.vatCode()));
        p.put("address", c.address().oneLine());
        p.put("street", c.address().street());
        p.put("city", c.address().city());
        p.put("postcode", c.address().postcode());
        p.put("country", c.address().country());
        p.put("attachEInvoice", c.attachEInvoice());
        p.put("email", text(c.email()));
        p.put("phone", text(c.phone()));
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

    private static String text(Object value) {
        return Objects.toString(value, null);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Client client(ResultSet rs, int row) throws SQLException {
        BillingSettings billing = new BillingSettings(PeriodLength.valueOf(rs.getString("billing_period")),
                money(rs, "hourly_rate"), money(rs, "additional_work_rate"), rs.getInt("increment_minutes"),
                rs.getInt("minimum_minutes"));
        PostalAddress address = address(rs);
        return new Client(new ClientId(rs.getObject("id", UUID.class)), rs.getString("name"),
                typed(rs.getString("company_code"), CompanyCode::new), typed(rs.getString("vat_code"), VatCode::new),
                address.isEmpty() ? rs.getString("address") : address.oneLine(), typed(rs.getString("email"), EmailAddress::new),
                typed(rs.getString("phone"), PhoneNumber::new), billing, rs.getString("permanent_consultant"),
                rs.getString("language"), rs.getInt("payment_term_days"), rs.getObject("created_at", OffsetDateTime.class),
                address, rs.getBoolean("attach_e_invoice"));
    }

    /** The address in its parts; a client kept before addresses had parts has its one line read into them. */
    private static PostalAddress address(ResultSet rs) throws SQLException {
        PostalAddress parts = new PostalAddress(rs.getString("street"), rs.getString("city"), rs.getString("postcode"),
                rs.getString("country"));
        return parts.isEmpty() ? PostalAddress.parse(rs.getString("address")) : parts;
    }

    private static <T> T typed(String text, Function<String, T> type) {
        return text == null ? null : type.apply(text);
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }
}
