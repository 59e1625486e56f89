package lt.pagalba.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply templates (R3: the request for a detailed description ships by default): administrators make,
 * change and remove them (audited); every staff member uses them, filled for a request in the client's
 * language.
 */
@Service
public class ReplyTemplates {

    /** A template filled for a request: what the reply box gets. */
    public record Filled(ReplyTemplateId id, String name, String language, String subject, String body) {
    }

    private final Templates templates;
    private final AuditTrail audit;

    ReplyTemplates(Templates templates, AuditTrail audit) {
        this.templates = templates;
        this.audit = audit;
    }

    public List<ReplyTemplate> all() {
        return templates.all();
    }

    public ReplyTemplate get(ReplyTemplateId id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException(id.subject(), id.text()));
    }

    /**
     * One of each template for a request: the version in the client's language, else another one, with
     * its placeholders filled for the request and the consultant who replies.
     */
    public List<Filled> forRequest(RequestView request, String language, String consultantName) {
        Map<String, ReplyTemplate> chosen = new LinkedHashMap<>();
        for (ReplyTemplate t : templates.all()) {
            chosen.merge(t.name(), t, (kept, other) -> other.language().equals(language) ? other : kept);
        }
        return chosen.values().stream().map(t -> new Filled(t.id(), t.name(), t.language(),
                Placeholders.fill(t.subject(), request, consultantName), Placeholders.fill(t.body(), request, consultantName)))
                .toList();
    }

    @Transactional
    ReplyTemplate create(TemplateForm form, Actor actor) {
        requireAdministrator(actor);
        TemplateForm checked = form.checked();
        ReplyTemplateId id = ReplyTemplateId.random();
        if (!templates.insert(id, checked, actor.name())) {
            throw new ConflictException("conversation.template.exists", checked.name(), checked.language());
        }
        ReplyTemplate created = get(id);
        audit.record("REPLY_TEMPLATE", id, null, "CREATED", null, created);
        return created;
    }

    @Transactional
    ReplyTemplate update(ReplyTemplateId id, TemplateForm form, Actor actor) {
        requireAdministrator(actor);
        ReplyTemplate before = get(id);
        TemplateForm checked = form.checked();
        if (!templates.update(id, checked, actor.name())) {
            throw new ConflictException("conversation.template.exists", checked.name(), checked.language());
        }
        ReplyTemplate after = get(id);
        audit.record("REPLY_TEMPLATE", id, null, "UPDATED", before, after);
        return after;
    }

    @Transactional
    void delete(ReplyTemplateId id, Actor actor) {
        requireAdministrator(actor);
        ReplyTemplate before = get(id);
        templates.delete(id);
        audit.record("REPLY_TEMPLATE", id, null, "DELETED", before, null);
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators manage reply templates");
        }
    }
}
