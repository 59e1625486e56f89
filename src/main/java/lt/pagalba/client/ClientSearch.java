package lt.pagalba.client;

import java.util.List;
import java.util.Locale;
import lt.pagalba.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client list as staff search it: one query, one page, with the total. */
@Repository
class ClientSearch {

    private final JdbcClient jdbc;

    ClientSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clients whose name, codes or contacts match the words typed, ignoring case and Lithuanian accents. */
    PageOf<Client> search(String q, PageOf.Request page) {
        String text = q == null ? "" : q.trim();
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Row> rows = jdbc.sql("SELECT " + Clients.COLUMNS + ", count(*) OVER () AS total FROM client c WHERE "
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
                .query((rs, n) -> new Row(Clients.client(rs, n), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? countAll(text, page) : rows.get(0).total();
        return new PageOf<>(rows.stream().map(Row::client).toList(), page.page(), page.size(), total);
    }

    private long countAll(String text, PageOf.Request page) {
        // a page past the end has no rows to carry the total
        return page.page() == 0 ? 0 : search(text, PageOf.Request.of(0, 1)).total();
    }

    private record Row(Client client, long total) {
    }
}
