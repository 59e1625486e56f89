package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.WorkCategory;
import org.junit.jupiter.api.Test;

/** Everything a user sees exists in Lithuanian and in English. */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void lithuanianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> lt = new TreeSet<>(load("messages_lt.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(lt).as("keys only in Lithuanian").isSubsetOf(en);
        assertThat(en).as("keys only in English").isSubsetOf(lt);
        assertThat(load("messages.properties").stringPropertyNames()).as("the base bundle holds no texts").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[]{"messages_lt.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                    assertThat(properties.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])[}(]");
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                collect(templateKey, Files.readString(file), used);
            }
        }
        Pattern codeKey = Pattern.compile("(?:ConflictException|FieldProblem\\.invalid)\\((?:\"[^\"]*\",\\s*)?\"([a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(codeKey, Files.readString(file), used);
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role);
        }
        for (PeriodLength period : PeriodLength.values()) {
            used.add("period." + period);
        }
        for (WorkCategory category : WorkCategory.values()) {
            used.add("category." + category);
        }
        assertThat(used).hasSizeGreaterThan(50);
        Set<String> lt = load("messages_lt.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(used).as("used but missing in Lithuanian").isSubsetOf(lt);
        assertThat(used).as("used but missing in English").isSubsetOf(en);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
