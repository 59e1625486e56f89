package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.DetailsContributor;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;

/** API.md's {@code targets} of a request: its deadlines in working time (its contract's where faster) and whether it kept them. */
@Component
class RequestTargetsDetails implements DetailsContributor<RequestView> {

    private final RequestClocks clocks;
    private final ServiceTargets targets;

    RequestTargetsDetails(RequestClocks clocks, ServiceTargets targets) {
        this.clocks = clocks;
        this.targets = targets;
    }

    @Override
    public String property() {
        return "targets";
    }

    @Override
    public Object detailsOf(RequestView request) {
        return clocks.find(request.id()).map(clock -> targets.targets(clock.receivedAt(), targets.targetsOf(clock.urgent(),
                clock.promise()), clock.pauses(OffsetDateTime.now()), clock.firstContactAt(), clock.resolvedAt())).orElse(null);
    }

    /** A request just registered has no history but its first status: nothing to read. */
    @Override
    public Object detailsOfNew(RequestView request) {
        List<Pause> pauses = request.status() == RequestStatus.AWAITING_INFORMATION
                ? List.of(new Pause(request.receivedAt(), OffsetDateTime.now())) : List.of();
        Promise promise = clocks.promiseOf(request.client() == null ? null : request.client().id(),
                request.receivedAt().atZoneSameInstant(Vilnius.ZONE).toLocalDate());
        return targets.targets(request.receivedAt(), targets.targetsOf(request.urgent(), promise), pauses,
                request.firstContactAt(), null);
    }
}
