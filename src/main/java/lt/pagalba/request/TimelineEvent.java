package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.Map;

/** One thing that happened to a request: registered, assigned, status changed, e-mail joined… */
public record TimelineEvent(OffsetDateTime occurredAt, String actor, String kind, Map<String, Object> details) {

    public Object detail(String name) {
        return details.get(name);
    }
}
