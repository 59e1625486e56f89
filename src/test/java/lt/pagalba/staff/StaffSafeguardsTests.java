package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Someone can always manage staff: the last active administrator cannot be deactivated or lose the role. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
class StaffSafeguardsTests {

    @Autowired
    StaffDirectory staff;

    @Test
    void theLastActiveAdministratorStays() {
        List<StaffMember> administrators = staff.all().stream().filter(m -> m.active() && m.hasRole(Role.ADMINISTRATOR)).toList();
        List<StaffMember> deactivated = new ArrayList<>();
        try {
            for (StaffMember admin : administrators.subList(0, administrators.size() - 1)) {
                staff.update(admin.username(), change(admin, false, admin.roles()));
                deactivated.add(admin);
            }
            StaffMember last = administrators.get(administrators.size() - 1);
            assertThatThrownBy(() -> staff.update(last.username(), change(last, false, last.roles())))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.lastAdministrator"));
            assertThatThrownBy(() -> staff.update(last.username(), change(last, true, EnumSet.of(Role.CONSULTANT))))
                    .isInstanceOf(ConflictException.class);
            assertThat(staff.get(last.username()).active()).isTrue();
            assertThat(staff.update(last.username(), change(last, true, EnumSet.of(Role.ADMINISTRATOR, Role.ACCOUNTANT))).roles())
                    .as("other changes are fine").contains(Role.ADMINISTRATOR, Role.ACCOUNTANT);
        } finally {
            deactivated.forEach(admin -> staff.update(admin.username(), change(admin, true, admin.roles())));
        }
    }

    private static StaffChange change(StaffMember member, boolean active, Set<Role> roles) {
        return new StaffChange(member.firstName(), member.lastName(), member.email(), member.phone(), roles, active, null);
    }
}
