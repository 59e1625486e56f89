package lt.pagalba.client;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.EmbeddedDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class ClientModuleTests {

    @Autowired
    ClientDirectory clients;

    @Test
    void aClientIsRegisteredAndFoundByItsName() {
        Client created = clients.create(new ClientForm("UAB Modulis", null, null, null, null, null, null, null, null, null));
        assertThat(clients.get(created.id()).name()).isEqualTo("UAB Modulis");
    }
}
