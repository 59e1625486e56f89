package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code SPRING_DATASOURCE_URL} set, Pagalba uses that PostgreSQL and starts none of its own. */
@SpringBootTest
@DirtiesContext
class ExternalDatabaseTests {

    // stands in for a PostgreSQL server run by someone else; it stops with the test JVM, after the
    // application context that uses it has closed
    private static final EmbeddedPostgres EXTERNAL = start();

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfiguredDatabaseIsUsedAndMigrated() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).as("no embedded server of its own").isEmpty();
        int port = jdbc.sql("SELECT current_setting('port')::int").query(Integer.class).single();
        assertThat(port).isEqualTo(EXTERNAL.getPort());
        assertThat(jdbc.sql("SELECT count(*) FROM staff_member WHERE username = 'admin'").query(Long.class).single()).isEqualTo(1);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(Path.of("target", "test-data", "external-" + System.nanoTime()))
                    .setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
