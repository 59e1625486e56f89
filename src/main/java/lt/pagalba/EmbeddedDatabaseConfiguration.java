package lt.pagalba;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 server process when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} unset). Its data lives under {@code PAGALBA_DATA_DIR}/postgres and
 * survives restarts, including a restart after the JVM was killed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${pagalba.data-dir}") Path dataDir,
                                      @Value("${pagalba.database.durable:true}") boolean durable) throws IOException {
        return start(dataDir, durable);
    }

    /** The server on {@code <dataDir>/postgres}, made there on the first start; also the restore's ({@link Restore}). */
    static EmbeddedPostgres start(Path dataDir, boolean durable) throws IOException {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(pgData);
        NoSpaceLeft.requireRoom(pgData);
        StalePostmaster.stopIfRunning(pgData);
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (durable) {
            // zonky turns these off for speed; the application's own data must survive a power cut
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            // fewer checkpoints during big writes (a billing run locks a million entries): each page is
            // written whole to the WAL only once per checkpoint, and those images are compressed
            builder.setServerConfig("max_wal_size", "4GB").setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_compression", "on");
        }
        builder.setServerConfig("max_connections", "200");
        try {
            return builder.start();
        } catch (IOException | RuntimeException failed) {
            throw NoSpaceLeft.explain(failed, pgData, Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.connection-timeout:10000}") Duration connectionTimeout) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("pagalba");
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        dataSource.setMaximumPoolSize(20);
        // a batch of inserts travels as multi-row INSERTs (billing runs write thousands of invoices)
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
