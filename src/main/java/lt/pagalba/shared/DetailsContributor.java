package lt.pagalba.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets a module add what it knows to another module's API details, without that module depending on
 * it: the journal adds {@code workEntries} to a request, contracts add {@code activeContract} and
 * statements {@code reportSubscription} to a client. The owner collects every
 * {@code DetailsContributor<T>} bean.
 */
public interface DetailsContributor<T> {

    /** The property name in the JSON details, e.g. {@code activeContract}. */
    String property();

    /** What to show for this subject; null when there is nothing. */
    Object detailsOf(T subject);

    /**
     * What to show for a subject created by this very call, such as a request in its 201 answer: the
     * same as {@link #detailsOf} unless the contributor knows without reading that there is nothing yet
     * (a new request has no work entries), which spares the answer a round trip to the database.
     */
    default Object detailsOfNew(T subject) {
        return detailsOf(subject);
    }

    /** Every contributor's property for this subject, in the order given. */
    static <T> Map<String, Object> collect(List<? extends DetailsContributor<T>> contributors, T subject) {
        Map<String, Object> details = new LinkedHashMap<>();
        contributors.forEach(contributor -> details.put(contributor.property(), contributor.detailsOf(subject)));
        return details;
    }

    /** The same for a subject just created ({@link #detailsOfNew}). */
    static <T> Map<String, Object> collectOfNew(List<? extends DetailsContributor<T>> contributors, T subject) {
        Map<String, Object> details = new LinkedHashMap<>();
        contributors.forEach(contributor -> details.put(contributor.property(), contributor.detailsOfNew(subject)));
        return details;
    }
}
