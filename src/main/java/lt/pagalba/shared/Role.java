package lt.pagalba.shared;

/** What a staff member may do; one person may hold several roles. Every module checks roles by this type. */
public enum Role {
    ADMINISTRATOR, CONSULTANT, ACCOUNTANT;

    public String authority() {
        return "ROLE_" + name();
    }
}
