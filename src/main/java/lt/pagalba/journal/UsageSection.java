package lt.pagalba.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.shared.PageSection;
import org.springframework.stereotype.Component;

/** The client page's usage: a bar per category for the current period and the last 12 periods. */
@Component
class UsageSection implements PageSection<Client> {

    private static final int PERIODS = 12;
    /** The chart's scale is at least an hour, so a quiet client's bars do not fill it. */
    private static final int MIN_SCALE = 60;

    private final UsageReport usage;

    UsageSection(UsageReport usage) {
        this.usage = usage;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "journal/usage-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Client client) {
        List<Usage> history = usage.recentHistory(client, PERIODS);
        int highest = history.stream().flatMap(u -> u.categories().stream())
                .mapToInt(c -> Math.max(c.billableMinutes(), c.includedMinutes() == null ? 0 : c.includedMinutes()))
                .max().orElse(0);
        return Optional.of(Map.of("client", client, "current", history.get(history.size() - 1), "history", history,
                "scale", Math.max(highest, MIN_SCALE)));
    }
}
