package lt.pagalba.journal;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/** What billing locks at once: a client's entries of a category in a period, under a reference of its own. */
public record LockRange(ClientId clientId, WorkCategory category, Period period, String reference) {
}
