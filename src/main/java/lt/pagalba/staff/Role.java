package lt.pagalba.staff;

/** What a staff member may do; one person may hold several roles. */
public enum Role {
    ADMINISTRATOR, CONSULTANT, ACCOUNTANT;

    public String authority() {
        return "ROLE_" + name();
    }
}
