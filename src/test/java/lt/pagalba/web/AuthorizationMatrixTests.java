package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.support.Api;
import lt.pagalba.support.PlaygroundTestSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The authorization matrix of docs/security.md is what the API does: the table is read from the
 * document, and every operation is called as every role (on their own things and on someone
 * else's where the table says self, lead, assigned or author), and without credentials. Every
 * operation of the OpenAPI document must have its row.
 */
class AuthorizationMatrixTests extends PlaygroundTestSupport {

    enum Role { ADMINISTRATOR, CONSULTANT, ACCOUNTANT }

    record Row(String method, String path, Map<Role, String> cells) {
        String key() {
            return method + " " + path;
        }
    }

    /** A caller in a role, and another staff member of the same role (whose things are not theirs). */
    record Caller(Role role, String username, Api api, String other) {
    }

    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

    @Autowired
    JdbcClient jdbc;

    private static MatrixCalls calls;
    private static final Map<Role, Caller> callers = new EnumMap<>(Role.class);

    @BeforeEach
    void callersInEveryRole() {
        if (calls != null) {
            return;
        }
        for (Role role : Role.values()) {
            String username = unique("mx" + role.name().substring(0, 3).toLowerCase());
            String other = unique("mxo" + role.name().substring(0, 3).toLowerCase());
            staffMember(other, role.name());
            callers.put(role, new Caller(role, username, staffMember(username, role.name()), other));
        }
        calls = new MatrixCalls(this::admin, jdbc, callers.get(Role.ACCOUNTANT).api());
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs", "security.md"))) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                Map<Role, String> cells = new EnumMap<>(Role.class);
                cells.put(Role.ADMINISTRATOR, row.group(3).trim());
                cells.put(Role.CONSULTANT, row.group(4).trim());
                cells.put(Role.ACCOUNTANT, row.group(5).trim());
                rows.add(new Row(row.group(1), row.group(2), cells));
            }
        }
        return rows;
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasItsRow() throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        api().get("/v3/api-docs").json().path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        TreeSet<String> inMatrix = new TreeSet<>(matrix().stream().map(Row::key).filter(k -> k.contains("/api/")).toList());
        assertThat(inMatrix).as("rows of docs/security.md's matrix").containsExactlyElementsOf(documented);
        assertThat(calls.known()).as("a way to call each").containsAll(documented);
    }

    @Test
    void withoutCredentialsEveryOperationIs401() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : matrix()) {
            String path = row.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            var response = api().send(row.method(), path, "{}".getBytes(), "application/json");
            softly.assertThat(response.status()).as(row.key()).isEqualTo(401);
            softly.assertThat(response.contentType()).as(row.key()).startsWith("application/problem+json");
        }
        softly.assertAll();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : matrix()) {
            for (Role role : Role.values()) {
                String cell = row.cells().get(role);
                Caller caller = callers.get(role);
                var own = calls.call(row.key(), caller, true);
                if (cell.equals("—")) {
                    softly.assertThat(own.status()).as(row.key() + " as " + role + ": " + own).isEqualTo(403);
                } else {
                    softly.assertThat(own.status()).as(row.key() + " as " + role + ": " + own).isBetween(200, 299);
                }
                if (List.of("self", "lead", "assigned", "author").contains(cell)) {
                    var others = calls.call(row.key(), caller, false);
                    softly.assertThat(others.status()).as(row.key() + " as " + role + " on someone else's: " + others)
                            .isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }
}
