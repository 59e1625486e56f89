package lt.pagalba.client;

/**
 * Lets a module that builds on clients add what it knows to a client's details (the active
 * contract, the report subscription) without the client module depending on it.
 */
public interface ClientDetailsContributor {

    /** The property name in the client's JSON details, e.g. {@code activeContract}. */
    String property();

    /** What to show for this client; null when there is nothing. */
    Object detailsOf(String clientId);
}
