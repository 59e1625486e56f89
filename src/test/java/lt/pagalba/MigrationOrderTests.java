package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An update must start on every database the last landed version left behind: Flyway (rightly, without
 * out-of-order) refuses a database that lacks a migration numbered below its highest applied one. So
 * the migrations written since then come after all the released ones, and no released one changed its
 * name or went away. Several branches numbering their migrations in parallel is how this goes wrong.
 */
class MigrationOrderTests {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void everyMigrationSinceTheLastReleaseIsNumberedAfterAllReleasedOnes() throws IOException {
        Set<String> released = released();
        List<String> present = present();
        int lastReleased = released.stream().mapToInt(MigrationOrderTests::version).max().orElse(0);

        assertThat(present).as("no released migration renamed or removed").containsAll(released);
        assertThat(present.stream().filter(name -> !released.contains(name)))
                .as("new migrations numbered after V%d, the last released one", lastReleased)
                .allSatisfy(name -> assertThat(version(name)).as(name).isGreaterThan(lastReleased));
    }

    @Test
    void noTwoMigrationsShareAVersion() throws IOException {
        List<Integer> versions = present().stream().map(MigrationOrderTests::version).toList();
        assertThat(versions).doesNotHaveDuplicates();
    }

    private static List<String> present() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
        return Arrays.stream(files).map(Resource::getFilename).sorted().toList();
    }

    private static Set<String> released() throws IOException {
        try (InputStream in = MigrationOrderTests.class.getResourceAsStream("/db/released-migrations.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        }
    }

    private static int version(String name) {
        Matcher m = VERSION.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a versioned migration: " + name);
        }
        return Integer.parseInt(m.group(1));
    }
}
