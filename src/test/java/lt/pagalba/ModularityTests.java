package lt.pagalba;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of STYLE.md holds: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PagalbaApplication.class);

    @Test
    void modulesAreWellFormed() {
        modules.verify();
    }

    @Test
    void documentationIsWritten() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
