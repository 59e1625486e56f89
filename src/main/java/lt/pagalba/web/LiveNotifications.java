package lt.pagalba.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.security.Principal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestUnassigned;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Role;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Live notifications on open pages (server-sent events): an urgent request reaches its consultant
 * at once (R6), and administrators hear of urgent requests nobody could take. Notices go through
 * PostgreSQL's NOTIFY inside the registering transaction, so they are sent only when it commits,
 * and reach pages open on any instance that shares the database.
 */
@Controller
class LiveNotifications {

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);
    private static final String CHANNEL = "pagalba_live";
    private static final String ADMINISTRATORS = "role:ADMINISTRATOR";

    private record Listener(String username, boolean administrator, SseEmitter emitter) {
    }

    record Notice(String target, String kind, String requestId, String number, String client, String summary) {
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
    SseEmitter stream(Principal principal) throws IOException {
        SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
        Actor actor = Actor.current();
        Listener listener = new Listener(principal.getName(), actor.hasRole(Role.ADMINISTRATOR), emitter);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    @EventListener
    void urgentAssigned(UrgentRequestAssigned e) {
        notify(new Notice(e.consultant(), "urgent", e.requestId(), e.number(), e.clientName(), e.summary()));
    }

    @EventListener
    void urgentUnassigned(UrgentRequestUnassigned e) {
        notify(new Notice(ADMINISTRATORS, "urgentUnassigned", e.requestId(), e.number(), e.clientName(), e.summary()));
    }

    /** Called inside the registering transaction: PostgreSQL delivers the notice only if it commits. */
    private void notify(Notice notice) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", json.writeValueAsString(notice)).query().singleValue();
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
                            deliver(json.readValue(n.getParameter(), Notice.class));
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

    private void deliver(Notice notice) {
        for (Listener listener : listeners) {
            boolean addressed = ADMINISTRATORS.equals(notice.target()) ? listener.administrator()
                    : listener.username().equals(notice.target());
            if (addressed) {
                try {
                    listener.emitter().send(SseEmitter.event().name(notice.kind()).data(notice, MediaType.APPLICATION_JSON));
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

    int openStreams() {
        return listeners.size();
    }

}
