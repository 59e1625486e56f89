package lt.pagalba.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CompanyCode;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.support.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The client module on its own, with only the modules it uses (staff, audit, shared). */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class ClientModuleTests {

    @Autowired
    ClientDirectory clients;

    @Autowired
    ClientRegistry registry;

    @Test
    void aClientIsRegisteredAndFoundByItsName() {
        Client created = registry.create(new ClientForm("UAB Modulis", null, null, null, null, null, null, null, null, null)
                .toCommand());
        assertThat(clients.get(created.id()).name()).isEqualTo("UAB Modulis");
    }

    @Test
    void aFormBecomesTypedValuesWithTheDefaultsForWhatWasLeftOut() {
        String code = companyCode();
        Client created = registry.create(new ClientForm(" UAB Tipai ", " " + code + " ", Codes.vatCode(), " ",
                "Buhalterija@Tipai.lt", "8 5 278 0670", null, null, null, null).toCommand());

        assertThat(created.name()).isEqualTo("UAB Tipai");
        assertThat(created.companyCode()).isEqualTo(new CompanyCode(code));
        assertThat(created.email()).isEqualTo(new EmailAddress("buhalterija@tipai.lt"));
        assertThat(created.email().value()).as("kept as typed").isEqualTo("Buhalterija@Tipai.lt");
        assertThat(created.phone()).isEqualTo(new PhoneNumber("+37052780670"));
        assertThat(created.address()).isNull();
        assertThat(created.billing()).isEqualTo(BillingSettings.DEFAULT);
        assertThat(created.language()).isEqualTo("lt");
        assertThat(created.paymentTermDays()).isEqualTo(14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UAB „Bandymas %s“", "bandymas %s, uab", "UAB \"BANDYMAS %s\"", "Bandymas %s UAB", "  uab bandymas %s  "})
    void aCallerNamesTheSameClientInAnyUsualWay(String written) {
        String marker = marker();
        Client known = registry.create(ClientCommand.named("UAB „Bandymas " + marker + "“"));

        assertThat(clients.match(written.formatted(marker))).map(Client::id).contains(known.id());
        assertThat(clients.matchOrCreate(written.formatted(marker)).id()).as("no second client").isEqualTo(known.id());
    }

    @Test
    void nineDigitsNameAClientByItsCompanyCodeAndAnUnknownNameMakesANewClient() {
        String code = companyCode();
        Client known = registry.create(withCode("UAB Kodas " + marker(), code));

        assertThat(clients.match(code.substring(0, 3) + " " + code.substring(3))).map(Client::id).contains(known.id());
        Client made = clients.matchOrCreate("UAB Naujokas " + marker());
        assertThat(made.id()).isNotEqualTo(known.id());
        assertThat(made.companyCode()).isNull();
        assertThat(clients.match("")).isEmpty();
    }

    @Test
    void aCompanyCodeBelongsToOneClient() {
        String code = companyCode();
        Client first = registry.create(withCode("UAB Pirmas " + marker(), code));

        assertThatThrownBy(() -> registry.create(withCode("UAB Antras " + marker(), code)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("client.companyCodeTaken");
                    assertThat(e.arguments()).contains(new CompanyCode(code), first.name());
                });
        Client renamed = registry.update(first.id(), withCode("UAB Pirmas pervadintas " + marker(), code));
        assertThat(renamed.companyCode()).as("a client keeps its own code").isEqualTo(new CompanyCode(code));
    }

    @Test
    void aContactIsFoundByItsEmailInAnyCaseAndNotAddedTwice() {
        ClientId client = registry.create(ClientCommand.named("UAB Kontaktai " + marker())).id();
        String email = marker() + "@kontaktai.lt";

        Contact ona = clients.matchOrAddContact(client, contact("Ona", email, "867301937"));
        Contact again = clients.matchOrAddContact(client, contact("Kita", email.toUpperCase(), null));

        assertThat(again.id()).isEqualTo(ona.id());
        assertThat(again.firstName()).as("an existing contact is not changed").isEqualTo("Ona");
        assertThat(ona.phone()).isEqualTo(new PhoneNumber("+37067301937"));
        assertThat(clients.contacts(client)).extracting(Contact::id).containsExactly(ona.id());
        assertThatThrownBy(() -> registry.addContact(client, contact("Ona", email.toUpperCase(), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theSamePersonMayBeAContactOfSeveralClientsAndTheNewestComesFirst() {
        String email = marker() + "@abu.lt";
        Contact older = clients.matchOrAddContact(registry.create(ClientCommand.named("UAB Senas " + marker())).id(),
                contact("Ona", email, null));
        Contact newer = clients.matchOrAddContact(registry.create(ClientCommand.named("UAB Naujas " + marker())).id(),
                contact("Ona", email, null));

        assertThat(clients.contactsByEmail(new EmailAddress(email))).extracting(Contact::id)
                .containsExactly(newer.id(), older.id());
        assertThat(clients.findWithContact(older.clientId(), new EmailAddress(email.toUpperCase())))
                .hasValueSatisfying(found -> assertThat(found.contact()).map(Contact::id).contains(older.id()));
        assertThat(clients.findWithContact(older.clientId(), null))
                .hasValueSatisfying(found -> assertThat(found.contact()).isEmpty());
    }

    @Test
    void anUnknownClientIsNotFound() {
        ClientId unknown = new ClientId(UUID.randomUUID());
        assertThat(clients.find(unknown)).isEmpty();
        assertThatThrownBy(() -> clients.contacts(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.matchOrAddContact(unknown, contact("Ona", "ona@niekas.lt", null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo("client"));
    }

    private static ContactCommand contact(String firstName, String email, String phone) {
        return new ContactCommand(firstName, "Onaitė", "Buhalterė", phone == null ? null : PhoneNumber.ofOptional(phone),
                new EmailAddress(email));
    }

    private static ClientCommand withCode(String name, String code) {
        ClientCommand named = ClientCommand.named(name);
        return new ClientCommand(named.name(), new CompanyCode(code), null, named.address(), null, null, named.billing(), null,
                named.language(), named.paymentTermDays(), false);
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String companyCode() {
        return Codes.companyCode();
    }
}
