package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.TimelineSection;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.stereotype.Component;

/**
 * The request page's conversation, in place of its plain timeline: every entry in order, the newest at
 * the bottom beside the reply box (a reply, a note, a template in the client's language, files, time in
 * the same step) and the form that logs a call; above it, every file on the request, the client's and staff's. Only those who may write on the request see the forms.
 */
@Component
class ConversationSection implements TimelineSection {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ConversationTimeline timeline;
    private final Conversation conversation;
    private final ReplyTemplates templates;

    ConversationSection(ConversationTimeline timeline, Conversation conversation, ReplyTemplates templates) {
        this.timeline = timeline;
        this.conversation = conversation;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String template() {
        return "conversation/section";
    }

    @Override
    public Optional<Map<String, Object>> model(RequestView request) {
        Actor actor = Actor.current();
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        List<ConversationEntry> entries = timeline.of(request);
        model.put("entries", entries);
        model.put("files", RequestFile.of(entries));
        boolean canWrite = Writers.mayWrite(request, actor) && request.status() != RequestStatus.CLOSED;
        model.put("canWrite", canWrite);
        if (canWrite) {
            String language = conversation.languageOf(request);
            model.put("language", language);
            model.put("templates", templates.forRequest(request, language, conversation.nameOf(actor.name())));
            model.put("defaultTo", request.contact().email() == null ? "" : request.contact().email().value());
            model.put("defaultSubject", MessageRules.defaultSubject(request));
            model.put("maxBytes", Upload.MAX_TOTAL_BYTES);
            model.put("maxMegabytes", Upload.MAX_TOTAL_BYTES / (1024 * 1024));
            model.put("directions", CallDirection.values());
            model.put("categories", WorkCategory.values());
            model.put("now", OffsetDateTime.now(Vilnius.ZONE).format(LOCAL));
        }
        return Optional.of(model);
    }
}
