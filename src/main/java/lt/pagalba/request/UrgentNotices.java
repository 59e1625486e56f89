package lt.pagalba.request;

import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestUnassigned;
import lt.pagalba.shared.LiveNotices;
import lt.pagalba.shared.LiveNotices.Audience;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R6 on open pages: an urgent request reaches its consultant at once, and administrators hear of
 * urgent requests nobody could take. It listens inside the registering transaction, so a notice goes
 * out only for a request that was kept.
 */
@Component
class UrgentNotices {

    /** What the page shows and links to. */
    record Notice(RequestId requestId, String number, String client, String summary) {
    }

    private final LiveNotices notices;

    UrgentNotices(LiveNotices notices) {
        this.notices = notices;
    }

    /** Every other assignment is told too (issue 13 item 9): an urgent one has its own notice above. */
    @EventListener
    void on(RequestAssigned e) {
        if (!e.urgent()) {
            notices.send(Audience.staffMember(e.consultant()), "assigned", new Notice(e.requestId(), e.number(), null, null));
        }
    }

    @EventListener
    void on(UrgentRequestAssigned e) {
        notices.send(Audience.staffMember(e.consultant()), "urgent", new Notice(e.requestId(), e.number(), e.clientName(), e.summary()));
    }

    @EventListener
    void on(UrgentRequestUnassigned e) {
        notices.send(Audience.everyone(Role.ADMINISTRATOR), "urgentUnassigned",
                new Notice(e.requestId(), e.number(), e.clientName(), e.summary()));
    }
}
