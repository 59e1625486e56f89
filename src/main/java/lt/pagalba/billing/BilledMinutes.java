package lt.pagalba.billing;

import java.util.HashMap;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/** What live proformas already billed (B5), in minutes, by client, period and category: read once for a whole run. */
final class BilledMinutes {

    /** One (client, period, category) a proforma line bills. */
    record Key(ClientId clientId, Period period, WorkCategory category) {
    }

    private final Map<Key, Integer> minutes = new HashMap<>();

    void add(Key key, int value) {
        minutes.merge(key, value, Integer::sum);
    }

    int of(ClientId clientId, Period period, WorkCategory category) {
        return minutes.getOrDefault(new Key(clientId, period, category), 0);
    }
}
