package lt.pagalba.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff tables, in plain SQL. */
@Repository
class StaffMembers {

    private static final String SELECT = """
            SELECT m.username, m.first_name, m.last_name, m.email, m.phone, m.active, m.available, m.position,
                   coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
            FROM staff_member m LEFT JOIN staff_role r ON r.username = m.username
            """;

    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM staff_member)").query(Boolean.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_member WHERE username = :u)")
                .param("u", username).query(Boolean.class).single();
    }

    Optional<StaffMember> find(String username) {
        return jdbc.sql(SELECT + " WHERE m.username = :u GROUP BY m.username")
                .param("u", username).query(StaffMembers::map).optional();
    }

    List<StaffMember> all() {
        return jdbc.sql(SELECT + " GROUP BY m.username ORDER BY m.last_name, m.first_name, m.username")
                .query(StaffMembers::map).list();
    }

    void insert(NewStaffMember member, String passwordHash) {
        jdbc.sql("""
                INSERT INTO staff_member (username, first_name, last_name, email, phone, password_hash, position)
                VALUES (:username, :firstName, :lastName, :email, :phone, :hash, :position)
                """).param("position", member.position())
                .param("username", member.username()).param("firstName", member.firstName())
                .param("lastName", member.lastName()).param("email", member.email().value())
                .param("phone", Objects.toString(member.phone(), null)).param("hash", passwordHash)
                .update();
        replaceRoles(member.username(), member.roles());
    }

    void update(String username, StaffChange change) {
        jdbc.sql("""
                UPDATE staff_member SET first_name = :firstName, last_name = :lastName, email = :email,
                       phone = :phone, active = coalesce(:active, active), position = :position
                WHERE username = :username
                """).param("position", change.position())
                .param("username", username).param("firstName", change.firstName())
                .param("lastName", change.lastName()).param("email", change.email().value())
                .param("phone", Objects.toString(change.phone(), null)).param("active", change.active())
                .update();
        replaceRoles(username, change.roles());
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_member SET password_hash = :hash WHERE username = :u")
                .param("hash", passwordHash).param("u", username).update();
    }

    void setAvailable(String username, boolean available) {
        jdbc.sql("UPDATE staff_member SET available = :a WHERE username = :u")
                .param("a", available).param("u", username).update();
    }

    private void replaceRoles(String username, Set<Role> roles) {
        jdbc.sql("DELETE FROM staff_role WHERE username = :u").param("u", username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_role (username, role) VALUES (:u, :r)")
                    .param("u", username).param("r", role.name()).update();
        }
    }

    /** What login needs: the hash, whether the account may log in, and its roles. */
    record Credentials(String username, String passwordHash, boolean active, Set<Role> roles) {
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                SELECT m.username, m.password_hash, m.active, coalesce(string_agg(r.role, ','), '') AS roles
                FROM staff_member m LEFT JOIN staff_role r ON r.username = m.username
                WHERE m.username = :u GROUP BY m.username
                """)
                .param("u", username)
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2), rs.getBoolean(3), roles(rs.getString(4))))
                .optional();
    }

    /** A stronger hash of the same password, unless the password was changed meanwhile. */
    void replaceHash(String username, String oldHash, String newHash) {
        jdbc.sql("UPDATE staff_member SET password_hash = :new WHERE username = :u AND password_hash = :old")
                .param("new", newHash).param("u", username).param("old", oldHash).update();
    }

    /**
     * The active administrators other than this one, their rows locked until the transaction ends: two
     * administrators demoting each other at the same moment cannot leave none.
     */
    long otherActiveAdministrators(String username) {
        return jdbc.sql("""
                SELECT m.username FROM staff_member m JOIN staff_role r ON r.username = m.username AND r.role = 'ADMINISTRATOR'
                WHERE m.active ORDER BY m.username FOR UPDATE OF m
                """).query(String.class).list().stream().filter(u -> !u.equals(username)).count();
    }

    private static StaffMember map(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new StaffMember(rs.getString("username"), rs.getString("first_name"), rs.getString("last_name"),
                new EmailAddress(rs.getString("email")), phone == null ? null : new PhoneNumber(phone),
                roles(rs.getString("roles")), rs.getBoolean("active"), rs.getBoolean("available"), rs.getString("position"));
    }

    /** Roles as {@code string_agg} gives them: {@code ADMINISTRATOR,CONSULTANT}, or empty. */
    static Set<Role> roles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (csv != null && !csv.isEmpty()) {
            Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
