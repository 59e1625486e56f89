package lt.pagalba.request;

/**
 * Lets a module that builds on requests add to a request's API details (the journal adds
 * {@code workEntries}) without the request module depending on it.
 */
public interface RequestDetailsContributor {

    String property();

    Object detailsOf(SupportRequest request);
}
