package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.audit.AuditEntry;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The staff module on its own, with only the modules it uses (audit, shared). */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class StaffModuleTests {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    StaffDirectory staff;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditTrail audit;

    @Test
    void aStaffMemberIsCreatedFromACheckedFormInTypedValues() {
        String username = username();
        StaffMember created = staff.create(new StaffForm(username, " Jonas ", "Jonaitis", " Jonas@Stekas.lt ",
                "8 673 01937", EnumSet.of(Role.CONSULTANT), PASSWORD).toCommand());

        assertThat(created.firstName()).isEqualTo("Jonas");
        assertThat(created.email()).isEqualTo(new EmailAddress("jonas@stekas.lt"));
        assertThat(created.phone()).isEqualTo(new PhoneNumber("+37067301937"));
        assertThat(created.roles()).containsExactly(Role.CONSULTANT);
        assertThat(created.active()).isTrue();
        assertThat(staff.get(username)).isEqualTo(created);
        assertThat(staff.passwordMatches(username, PASSWORD)).isTrue();
        assertThat(staff.passwordMatches(username, null)).isFalse();
    }

    @Test
    void aUsernameBelongsToOneStaffMember() {
        String username = consultant();
        assertThatThrownBy(() -> consultant(username)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("staff.exists"));
        assertThatThrownBy(() -> staff.get("nobody-" + username)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChangeKeepsThePasswordUnlessANewOneIsGivenAndIsAudited() {
        String username = consultant();
        StaffMember member = staff.get(username);
        staff.update(username, new StaffChange("Petras", member.lastName(), member.email(), null,
                Set.of(Role.CONSULTANT, Role.ACCOUNTANT), null, " "));
        assertThat(staff.passwordMatches(username, PASSWORD)).isTrue();
        staff.update(username, new StaffChange("Petras", member.lastName(), member.email(), null, member.roles(), null,
                "another-long-password"));

        assertThat(staff.passwordMatches(username, "another-long-password")).isTrue();
        StaffMember after = staff.get(username);
        assertThat(after.phone()).isNull();
        assertThat(after.roles()).containsExactly(Role.CONSULTANT);
        assertThat(audit.historyOf(username, 10)).extracting(AuditEntry::action)
                .containsExactly("UPDATED_WITH_PASSWORD", "UPDATED", "CREATED");
    }

    @Test
    void onlyActiveAvailableConsultantsAreOnDuty() {
        String onDuty = consultant();
        String away = consultant();
        staff.setAvailability(onDuty, true);
        StaffMember member = staff.get(away);
        staff.update(away, new StaffChange(member.firstName(), member.lastName(), member.email(), null, member.roles(),
                false, null));
        staff.setAvailability(away, true);

        assertThat(staff.get(onDuty).onDuty()).isTrue();
        assertThat(staff.get(away).onDuty()).as("deactivated").isFalse();
        assertThat(staff.consultants()).extracting(StaffMember::username).contains(onDuty).doesNotContain(away);
    }

    @Test
    void anApiTokenNamesItsOwnerWithTheirRolesUntilRevoked() {
        String username = consultant();
        ApiToken created = tokens.create(username, " integracija ");

        assertThat(created.name()).isEqualTo("integracija");
        assertThat(created.token()).startsWith(ApiTokens.PREFIX);
        assertThat(tokens.ownerOf(created.token())).hasValueSatisfying(owner -> {
            assertThat(owner.username()).isEqualTo(username);
            assertThat(owner.roles()).containsExactly(Role.CONSULTANT);
        });
        assertThat(tokens.list(username)).extracting(ApiToken::id).containsExactly(created.id());
        assertThat(tokens.list(username).get(0).token()).as("the secret is shown once").isNull();

        tokens.revoke(username, created.id());
        assertThat(tokens.ownerOf(created.token())).isEmpty();
        assertThat(tokens.ownerOf("pgb_made-up")).isEmpty();
        assertThatThrownBy(() -> tokens.revoke("someone-else", created.id())).isInstanceOf(NotFoundException.class);
    }

    private String consultant() {
        return consultant(username());
    }

    private String consultant(String username) {
        staff.create(new NewStaffMember(username, "Jonas", "Jonaitis", new EmailAddress(username + "@stekas.lt"), null,
                Set.of(Role.CONSULTANT), PASSWORD));
        return username;
    }

    private static String username() {
        return "k" + UUID.randomUUID().toString().substring(0, 8);
    }
}
