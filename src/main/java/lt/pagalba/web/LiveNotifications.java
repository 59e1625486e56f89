package lt.pagalba.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.LiveNotices;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live notices on open pages (server-sent events at {@code /notifications/stream}), whatever module
 * sends them. Notices go through PostgreSQL's NOTIFY inside the sender's transaction, so they are
 * sent only when it commits, and reach pages open on any instance that shares the database.
 */
@Controller
class LiveNotifications implements LiveNotices {

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);
    private static final String CHANNEL = "pagalba_live";

    private record Listener(Actor viewer, SseEmitter emitter) {
    }

    /** A notice on its way through NOTIFY: to whom, what kind, and what the page gets. */
    private record Envelope(Audience audience, String kind, JsonNode payload) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;
    private volatile boolean running = true;
    private Thread receiver;

    LiveNotifications(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
        Listener listener = new Listener(Actor.current(), emitter);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    /** Called inside the sender's transaction: PostgreSQL delivers the notice only if it commits. */
    @Override
    public void send(Audience audience, String kind, Object payload) {
        Envelope envelope = new Envelope(audience, kind, json.valueToTree(payload));
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", json.writeValueAsString(envelope)).query().singleValue();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startReceiving() {
        receiver = new Thread(this::receive, "live-notifications");
        receiver.setDaemon(true);
        receiver.start();
    }

    /**
     * Ends every open stream as soon as the application starts to close: the web server's graceful
     * shutdown would otherwise wait its whole timeout for these never-ending responses.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        listeners.forEach(l -> l.emitter().complete());
    }

    @PreDestroy
    void stopReceiving() {
        running = false;
        if (receiver != null) {
            receiver.interrupt();
        }
        listeners.forEach(l -> l.emitter().complete());
    }

    private void receive() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(json.readValue(n.getParameter(), Envelope.class));
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Live notifications paused: {}", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void deliver(Envelope notice) {
        for (Listener listener : listeners) {
            if (notice.audience().includes(listener.viewer())) {
                try {
                    listener.emitter().send(SseEmitter.event().name(notice.kind())
                            .data(notice.payload(), MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException gone) {
                    listeners.remove(listener);
                }
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
