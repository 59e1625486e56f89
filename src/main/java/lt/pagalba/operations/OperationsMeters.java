package lt.pagalba.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The meters of issue 15 that belong to no single module: requests registered (by channel, on this
 * instance, counted once committed) and the outbox as every instance shares it: mails by status and
 * the age of the oldest one still queued. The outbox is read at most every {@link #FRESH} so that a
 * scrape every few seconds costs PostgreSQL one small query now and then.
 */
@Component
class OperationsMeters implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(10);
    private static final String[] STATUSES = {"QUEUED", "SENT", "FAILED"};

    private final JdbcClient jdbc;
    private final Map<Channel, Counter> registered = new EnumMap<>(Channel.class);
    private volatile OutboxState outbox = new OutboxState(Map.of(), 0, Instant.EPOCH);

    OperationsMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Mails by status and the oldest queued one's age, as read at {@code read}. */
    private record OutboxState(Map<String, Long> byStatus, double oldestQueuedSeconds, Instant read) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            registered.put(channel, Counter.builder("pagalba.requests.registered").tag("channel", channel.name())
                    .description("Requests registered on this instance").register(registry));
        }
        for (String status : STATUSES) {
            Gauge.builder("pagalba.mail.outbox", this, m -> m.outbox().byStatus().getOrDefault(status, 0L))
                    .tag("status", status).description("Mails in the outbox (all instances)").register(registry);
        }
        Gauge.builder("pagalba.mail.outbox.oldest.queued", this, m -> m.outbox().oldestQueuedSeconds())
                .baseUnit("seconds").description("Age of the oldest mail still waiting to be sent").register(registry);
    }

    /**
     * Counted once the registration commits. Not a transactional event listener: Spring Modulith would
     * store a publication row for it with every registration.
     */
    @EventListener
    void on(RequestRegistered event) {
        Counter counter = registered.get(event.channel());
        if (counter == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    private OutboxState outbox() {
        OutboxState state = outbox;
        if (state.read().plus(FRESH).isBefore(Instant.now())) {
            Map<String, Long> byStatus = new HashMap<>();
            jdbc.sql("SELECT status, count(*) FROM outbox_message GROUP BY status")
                    .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
            double oldest = jdbc.sql("""
                    SELECT coalesce(extract(EPOCH FROM now() - min(created_at)), 0)
                    FROM outbox_message WHERE status = 'QUEUED'""").query(Double.class).single();
            state = new OutboxState(Map.copyOf(byStatus), oldest, Instant.now());
            outbox = state;
        }
        return state;
    }
}
