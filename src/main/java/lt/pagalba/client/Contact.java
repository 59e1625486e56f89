package lt.pagalba.client;

/** A person at a client company who may ask for help. */
public record Contact(String id, String clientId, String firstName, String lastName, String position, String phone,
                      String email) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
