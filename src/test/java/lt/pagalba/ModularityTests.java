package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map holds: every module declares the modules it may use ({@code allowedDependencies} in
 * its {@code package-info.java}), no arrow goes elsewhere, no cycles, no reaching into another module's
 * internals; and the README shows the map as it really is.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PagalbaApplication.class);

    @Test
    void modulesKeepToTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void theReadmeShowsTheVerifiedModuleMap() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README.md's module map (regenerate it from this test's expectation)").contains(map());
    }

    @Test
    void documentationIsWritten() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }

    /** One line per module: the modules its code really uses, as verified above (shared left out: everyone uses it). */
    private String map() {
        return modules.stream()
                .filter(module -> !module.getIdentifier().toString().equals("shared"))
                .sorted((a, b) -> a.getIdentifier().toString().compareTo(b.getIdentifier().toString()))
                .map(this::line)
                .collect(Collectors.joining("\n", "```\n", "\n```"));
    }

    private String line(ApplicationModule module) {
        String uses = module.getDirectDependencies(modules).uniqueModules()
                .map(dependency -> dependency.getIdentifier().toString())
                .filter(name -> !name.equals("shared"))
                .sorted().collect(Collectors.joining(", "));
        return "%-12s → %s".formatted(module.getIdentifier(), uses.isEmpty() ? "(nothing but shared)" : uses);
    }
}
