package lt.pagalba.request;

/** The contact data as the requester gave it at registration (R4). */
public record ContactSnapshot(String id, String firstName, String lastName, String position, String phone, String email) {

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }
}
