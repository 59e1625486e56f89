package lt.pagalba.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Period;
import org.springframework.stereotype.Component;

/** The client page's usage: a bar per category for the current period and the last 12 periods. */
@Component
class UsageSection implements PageSection<Client> {

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
        Period current = usage.currentPeriod(client.id().text());
        List<Usage> history = usage.history(client.id().text(), current, 12);
        int highest = history.stream().flatMap(u -> u.categories().stream())
                .mapToInt(c -> Math.max(c.billableMinutes(), c.includedMinutes() == null ? 0 : c.includedMinutes()))
                .max().orElse(0);
        return Optional.of(Map.of("client", client, "current", history.get(history.size() - 1), "history", history,
                "scale", Math.max(highest, 60)));
    }
}
