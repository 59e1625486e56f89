package lt.pagalba.staff;

import java.util.List;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff: who works here, in which roles, and who is on duty. */
@Service
public class StaffDirectory {

    private final StaffMembers members;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final StaffAccess access;

    StaffDirectory(StaffMembers members, PasswordEncoder passwords, AuditTrail audit, StaffAccess access) {
        this.members = members;
        this.passwords = passwords;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    StaffMember create(NewStaffMember member) {
        if (members.exists(member.username())) {
            throw new ConflictException("staff.exists", member.username());
        }
        members.insert(member, passwords.encode(member.password()));
        StaffMember created = get(member.username());
        audit.record("STAFF", created.username(), null, "CREATED", null, created);
        return created;
    }

    /**
     * Changes a staff member; a deactivation or a changed role counts on every instance at once. The
     * last active administrator cannot be deactivated or lose the role (409): someone must be able to
     * manage staff.
     */
    @Transactional
    StaffMember update(String username, StaffChange change) {
        StaffMember before = get(username);
        boolean staysAdministrator = !Boolean.FALSE.equals(change.active()) && change.roles().contains(Role.ADMINISTRATOR);
        if (before.active() && before.hasRole(Role.ADMINISTRATOR) && !staysAdministrator
                && members.otherActiveAdministrators(username) == 0) {
            throw new ConflictException("staff.lastAdministrator", username);
        }
        members.update(username, change);
        access.changed(username);
        if (change.newPassword() != null) {
            members.changePassword(username, passwords.encode(change.newPassword()));
        }
        StaffMember after = get(username);
        audit.record("STAFF", username, null, change.newPassword() == null ? "UPDATED" : "UPDATED_WITH_PASSWORD",
                before, after);
        return after;
    }

    /** Sets a new password after the caller checked the current one; audited without the secret. */
    @Transactional
    void changePassword(String username, String newPassword) {
        get(username);
        members.changePassword(username, passwords.encode(newPassword));
        access.changed(username);
        audit.record("STAFF", username, null, "PASSWORD_CHANGED", null, null);
    }

    /** True when the password is this staff member's current one. */
    boolean passwordMatches(String username, String password) {
        return password != null
                && members.credentials(username).map(c -> passwords.matches(password, c.passwordHash())).orElse(false);
    }

    @Transactional
    StaffMember setAvailability(String username, boolean available) {
        StaffMember before = get(username);
        if (before.available() != available) {
            members.setAvailable(username, available);
            audit.record("STAFF", username, null, available ? "ON_DUTY" : "OFF_DUTY", before, get(username));
        }
        return get(username);
    }

    public StaffMember get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("staff", username));
    }

    public Optional<StaffMember> find(String username) {
        return username == null ? Optional.empty() : members.find(username);
    }

    public List<StaffMember> all() {
        return members.all();
    }

    public List<StaffMember> consultants() {
        return members.all().stream().filter(m -> m.active() && m.hasRole(Role.CONSULTANT)).toList();
    }
}
