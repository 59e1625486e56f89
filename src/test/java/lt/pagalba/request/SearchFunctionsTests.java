package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V85: the search's text functions, rewritten in PL/pgSQL so that a statement no longer parses and plans
 * their bodies, give exactly what their SQL forms of V5 and V47 gave, for names, texts and phone numbers
 * as people write them, and for nothing (null). The SQL forms are set up here as they were written.
 */
class SearchFunctionsTests extends ApiTestSupport {

    private static final List<String> TEXTS = Arrays.asList(null, "", " ", "UAB „Bandymas“", "uab bandymas", "Bandymas, UAB",
            "VšĮ Žąsų Ūkis", "ŽŪB „Šilas“", "Ąžuolynas MB", "ab", "UAB", "Ona Onaitė", "ĄČĘĖĮŠŲŪŽ ąčęėįšųūž", "Straße Øresund Ærø",
            "ﬁnansai ＵＡＢ", "I.Į. Jonaitis", "  UAB   Trys  tarpai  ", "KB kb", "2026-000123", "ona@apkrova.lt", "\t\nTabai",
            "Naïve café – „kabutės“ ‘viengubos’", "日本語 テキスト", "😀 UAB Šypsena");
    private static final List<String> PHONES = Arrays.asList(null, "", "+37061234567", "861234567", "8 612 34567",
            "+370 (5) 212 3456", "+48123456789", "370", "abc", "+1-202-555-0143");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givesWhatTheSqlFormsGave() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION pg_temp.sql_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS
                $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$""");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION pg_temp.sql_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS
                $$ SELECT replace(regexp_replace(regexp_replace(
                     btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^a-z0-9]+', ' ', 'g')),
                     '^(uab|ab|mb|vsi|ii|zub|kb) ', ''), ' (uab|ab|mb|vsi|ii|zub|kb)$', ''), ' ', '') $$""");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION pg_temp.sql_phone_forms(text) RETURNS text LANGUAGE sql IMMUTABLE AS
                $$ SELECT CASE WHEN d LIKE '370%' THEN d || ' 8' || substr(d, 4) || ' ' || substr(d, 4) ELSE d END
                   FROM (SELECT regexp_replace(coalesce($1, ''), '\\D', '', 'g') AS d) digits $$""");

        List<String> differ = new ArrayList<>();
        // one connection for all: pg_temp functions live in the session that made them
        jdbc.execute((Connection connection) -> {
            for (String text : TEXTS) {
                compare(connection, "pagalba_unaccent", "pg_temp.sql_unaccent", text, differ);
                compare(connection, "pagalba_name_key", "pg_temp.sql_name_key", text, differ);
                compare(connection, "pagalba_phone_forms", "pg_temp.sql_phone_forms", text, differ);
            }
            for (String phone : PHONES) {
                compare(connection, "pagalba_phone_forms", "pg_temp.sql_phone_forms", phone, differ);
            }
            return null;
        });
        assertThat(differ).isEmpty();
        assertThat(jdbc.queryForObject("SELECT pagalba_name_key('UAB „Žąsų Ūkis“')", String.class)).isEqualTo("zasuukis");
        assertThat(jdbc.queryForObject("SELECT pagalba_phone_forms('+37061234567')", String.class))
                .isEqualTo("37061234567 861234567 61234567");
        assertThat(jdbc.queryForList("SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
                + " WHERE p.proname IN ('pagalba_unaccent', 'pagalba_name_key', 'pagalba_phone_forms')", String.class))
                .containsExactly("plpgsql", "plpgsql", "plpgsql");
    }

    private static void compare(Connection connection, String now, String before, String text, List<String> differ)
            throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + now + "(?) IS NOT DISTINCT FROM " + before + "(?), " + now + "(?)")) {
            statement.setString(1, text);
            statement.setString(2, text);
            statement.setString(3, text);
            try (var rs = statement.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    differ.add(now + "(" + text + ") = " + rs.getString(2));
                }
            }
        }
    }
}
