package lt.pagalba.billing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one billing run did and how long each step took, written as one structured log line
 * ({@code key=value …}): a run's figures in one place, for the benchmark and for operations.
 */
final class RunLog {

    private final long started = System.nanoTime();
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private long lap = started;

    RunLog with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    /** Records the time since the last step as {@code <step>Ms}. */
    RunLog step(String step) {
        long now = System.nanoTime();
        fields.put(step + "Ms", (now - lap) / 1_000_000);
        lap = now;
        return this;
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))
                + " totalMs=" + (System.nanoTime() - started) / 1_000_000;
    }
}
