package lt.pagalba.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClusterSignals;
import lt.pagalba.shared.LiveNotices;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live notices on open pages (server-sent events at {@code /notifications/stream}), whatever module
 * sends them. Notices travel as cluster signals (PostgreSQL's NOTIFY inside the sender's
 * transaction), so they are sent only when it commits, and reach pages open on any instance that
 * shares the database.
 */
@Controller
class LiveNotifications implements LiveNotices, ClusterSignals.Receiver {

    private static final String TOPIC = "live";

    private record Listener(Actor viewer, SseEmitter emitter) {
    }

    /** A notice on its way to the other instances: to whom, what kind, and what the page gets. */
    private record Envelope(Audience audience, String kind, JsonNode payload) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ClusterSignals signals;
    private final JsonMapper json;

    LiveNotifications(ClusterSignals signals, JsonMapper json) {
        this.signals = signals;
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

    /** Called inside the sender's transaction: the notice goes out only if it commits. */
    @Override
    public void send(Audience audience, String kind, Object payload) {
        signals.send(TOPIC, json.writeValueAsString(new Envelope(audience, kind, json.valueToTree(payload))));
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void received(String payload) {
        Envelope notice = json.readValue(payload, Envelope.class);
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

    /**
     * Ends every open stream as soon as the application starts to close: the web server's graceful
     * shutdown would otherwise wait its whole timeout for these never-ending responses.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        listeners.forEach(l -> l.emitter().complete());
    }
}
