package lt.pagalba.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.request.Assignment;
import lt.pagalba.request.AssignmentRole;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestView;
import lt.pagalba.staff.NotificationSettings;
import lt.pagalba.staff.NotificationSettings.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 13 item 9: a consultant made lead of a request or added to its working group hears of it by
 * e-mail when they chose to (lt.pagalba.staff.NotificationPreferences), in the language they chose. The source
 * key names the assignment by its time, so a redelivered event or a second instance queues nothing
 * more, while being assigned again later is a new mail. An urgent request is {@link UrgentRequestMail}'s
 * to tell (R6, the urgent kind), so it is not mailed twice. The mail is a notice to staff, not
 * correspondence with the client, so it is not filed under the request's outbox, and it is due a
 * minute after it is queued ({@link #BEHIND_CLIENT_MAIL}): the worker sends by due time and stops a
 * round at the first unreachable server, so a notice never holds back a client's mail of the same moment.
 */
@Component
class AssignmentMail {

    static final Duration BEHIND_CLIENT_MAIL = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final RequestDesk requests;
    private final StaffNotices staff;
    private final String baseUrl;

    AssignmentMail(Outbox outbox, MailTemplates templates, MessageSource messages, RequestDesk requests, StaffNotices staff,
                   @Value("${pagalba.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.requests = requests;
        this.staff = staff;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(RequestAssigned event) {
        Kind kind = event.role() == AssignmentRole.LEAD ? Kind.LEAD : Kind.MEMBER;
        Optional<StaffNotices.Recipient> consultant = staff.of(event.consultant()).filter(StaffNotices.Recipient::active);
        if (event.urgent() || consultant.isEmpty() || !consultant.get().settings().wants(kind)) {
            return;
        }
        NotificationSettings settings = consultant.get().settings();
        RequestView request = requests.get(event.requestId());
        // no longer on the request by the time this runs: nothing to tell
        Optional<Assignment> assignment = request.assignments().stream()
                .filter(a -> a.consultant().equals(event.consultant()) && a.role() == event.role()).findFirst();
        if (assignment.isEmpty()) {
            return;
        }
        String clientName = request.client() == null ? "" : request.client().name();
        String key = "assigned:" + event.requestId().text() + ":" + event.consultant() + ":" + event.role() + ":"
                + assignment.get().assignedAt().toInstant();
        String subject = messages.getMessage("mail.assigned.subject." + kind, new Object[]{event.number(), clientName},
                settings.locale());
        MailBody body = templates.render("assigned", settings.locale(), Map.of("kind", kind.name(), "number", event.number(),
                "clientName", clientName, "summary", request.summary() == null ? "" : request.summary(),
                "link", baseUrl + "/requests/" + event.requestId().text()));
        outbox.queue(OutgoingMail.of("ASSIGNED", key, consultant.get().email(), subject, body), BEHIND_CLIENT_MAIL);
    }
}
