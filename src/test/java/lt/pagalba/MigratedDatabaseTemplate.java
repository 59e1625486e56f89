package lt.pagalba;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Test contexts start from a copy of one database that was made and migrated once per test JVM, instead
 * of an {@code initdb} and every Flyway migration each (about 2 s of a context's 4 s start). Registered
 * in {@code src/test/resources/META-INF/spring.factories}, so it sees every Spring application the tests
 * start, and it steps in only where the embedded database is started ({@code embeddedPostgres} is
 * defined), is not durable, and its {@code <pagalba.data-dir>/postgres} is still empty. The app's own
 * Flyway then finds every migration applied and only validates them; anything else (durable starts, a
 * directory already holding data, an external database, the child JVMs) is left exactly as it was.
 *
 * <p>The tests' data directory is {@code target/test-data/${random.uuid}}, a new value on every lookup;
 * so that the copy lands where the bean looks, a value that changes between lookups is resolved once
 * and pinned for the context.
 */
class MigratedDatabaseTemplate implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(MigratedDatabaseTemplate.class);
    private static final String DATA_DIR = "pagalba.data-dir";
    private static final String MIGRATIONS = "classpath:db/migration";
    /** left by a running (or killed) server, or by zonky's lock, not part of the cluster */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private static Path template;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir != null && !dataDir.equals(environment.getProperty(DATA_DIR))) {
            environment.getPropertySources().addFirst(new MapPropertySource("pinnedDataDir", Map.of(DATA_DIR, dataDir)));
        }
        // decided once the bean definitions are known and every test property source is in place
        context.addBeanFactoryPostProcessor(beanFactory -> copyIfWanted(environment, beanFactory));
    }

    private static void copyIfWanted(ConfigurableEnvironment environment, ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition("embeddedPostgres")
                || environment.getProperty("pagalba.database.durable", Boolean.class, true)
                || !environment.getProperty("spring.flyway.enabled", Boolean.class, true)
                || !MIGRATIONS.equals(environment.getProperty("spring.flyway.locations"))) {
            return;
        }
        // the data directory as EmbeddedDatabaseConfiguration gets it (@Value, converted by the same converter)
        Path dataDir = beanFactory.getTypeConverter().convertIfNecessary(environment.getRequiredProperty(DATA_DIR), Path.class);
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        try {
            if (!isEmptyOrAbsent(pgData)) {
                return;
            }
            Files.createDirectories(pgData.getParent());
            copy(template(), pgData);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not copy the migrated test database into " + pgData, failed);
        }
    }

    private static boolean isEmptyOrAbsent(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A cleanly shut-down cluster holding every migration, made on first use. */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            long started = System.nanoTime();
            Path dir = Path.of("target", "test-data", "template-" + UUID.randomUUID()).toAbsolutePath();
            try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dir, false)) {
                Flyway.configure().dataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null)
                        .locations(MIGRATIONS).load().migrate();
            }
            template = dir.resolve("postgres");
            log.info("Migrated test database template in {} in {} ms", template, (System.nanoTime() - started) / 1_000_000);
        }
        return template;
    }

    /** Files and directories with their POSIX permissions (PostgreSQL wants 0700 on its data directory). */
    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                if (Files.exists(target)) {
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                } else {
                    Files.copy(dir, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!(file.getParent().equals(from) && NOT_COPIED.contains(file.getFileName().toString()))) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
