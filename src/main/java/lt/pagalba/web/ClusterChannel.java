package lt.pagalba.web;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import lt.pagalba.shared.ClusterSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals between the instances that share one PostgreSQL: a NOTIFY on one channel, sent in the
 * sender's transaction (so only what commits is told), and one LISTEN connection per instance that
 * hands each signal to the receivers of its topic. When that connection is lost, the receivers are
 * told they may have missed some, and it is opened again.
 */
@Component
class ClusterChannel implements ClusterSignals {

    private static final Logger log = LoggerFactory.getLogger(ClusterChannel.class);
    static final String CHANNEL = "pagalba_signals";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ObjectProvider<Receiver> receivers;
    private volatile boolean running = true;
    private volatile boolean listening;
    private Thread listener;

    ClusterChannel(JdbcClient jdbc, DataSource dataSource, ObjectProvider<Receiver> receivers) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.receivers = receivers;
    }

    @Override
    public void send(String topic, String payload) {
        if (topic.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A topic is one line: " + topic);
        }
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", topic + "\n" + payload).query().singleValue();
    }

    /** Whether this instance hears the others now (the health check shows it). */
    boolean isListening() {
        return listening;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startListening() {
        listener = new Thread(this::listen, "cluster-signals");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stopListening() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                listening = true;
                if (!first) {
                    receivers.orderedStream().forEach(Receiver::missedSome);
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (running) {
                    log.warn("Signals from other instances paused: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(String signal) {
        int split = signal.indexOf('\n');
        String topic = split < 0 ? signal : signal.substring(0, split);
        String payload = split < 0 ? "" : signal.substring(split + 1);
        List<Receiver> ofTopic = receivers.orderedStream().filter(r -> r.topic().equals(topic)).toList();
        for (Receiver receiver : ofTopic) {
            try {
                receiver.received(payload);
            } catch (RuntimeException e) {
                log.warn("A receiver of {} failed: {}", topic, e.getMessage());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
