package lt.pagalba.request;

import java.util.List;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the request it duplicates (issue 13 item 6), in one transaction with both rows
 * locked in id order: the duplicate decides ({@link SupportRequest#mergeInto}), both are saved, the merge
 * is audited, and {@link RequestEvents.RequestMerged} lets the other modules move their rows in the same
 * transaction.
 */
@Service
class RequestMerges {

    private final SupportRequests requests;
    private final RequestLinks named;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RequestMerges(SupportRequests requests, RequestLinks named, AuditTrail audit, ApplicationEventPublisher events) {
        this.requests = requests;
        this.named = named;
        this.audit = audit;
        this.events = events;
    }

    /** The survivor as it is after the merge. */
    @Transactional
    RequestView merge(RequestId id, String into, boolean acrossClientsConfirmed, Actor actor) {
        RequestId survivorId = named.named("into", into).id();
        List<SupportRequest> locked = requests.lockAll(List.of(id, survivorId));
        SupportRequest duplicate = locked.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("request", id.text()));
        SupportRequest survivor = locked.stream().filter(r -> r.id().equals(survivorId)).findFirst().orElseThrow();
        duplicate.mergeInto(survivor, acrossClientsConfirmed, actor);
        requests.save(duplicate);
        requests.save(survivor);
        audit.record("REQUEST", id.text(), id.text(), "MERGED", null, Map.of("request", survivor.view().number()));
        duplicate.history().events().forEach(events::publishEvent);
        survivor.history().events().forEach(events::publishEvent);
        return survivor.view();
    }
}
