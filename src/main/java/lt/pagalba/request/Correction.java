package lt.pagalba.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lt.pagalba.request.RequestView.ClientRef;

/**
 * A request's registration fields as they should have been (issue 13 item 6), checked as a
 * registration is, and what differs from the request as it stands, field by field, in the words the
 * timeline and the audit trail keep: text as written, the channel and urgency as their codes, the client
 * by name.
 */
record Correction(Channel channel, ClientRef client, ContactSnapshot contact, String summary, String description,
                  boolean urgent) {

    /** What the lead may correct without an administrator. */
    static final Set<String> LEAD_FIELDS = Set.of("summary", "description");

    /** One corrected field: its name ({@code contact.phone}) and its values before and after (null when none). */
    record Change(String field, String from, String to) {
    }

    private static final Map<String, Function<Correction, String>> FIELDS = fields();

    private static Map<String, Function<Correction, String>> fields() {
        Map<String, Function<Correction, String>> fields = new LinkedHashMap<>();
        fields.put("summary", Correction::summary);
        fields.put("description", Correction::description);
        fields.put("contact.firstName", c -> c.contact().firstName());
        fields.put("contact.lastName", c -> c.contact().lastName());
        fields.put("contact.position", c -> c.contact().position());
        fields.put("contact.phone", c -> c.contact().phone() == null ? null : c.contact().phone().e164());
        fields.put("contact.email", c -> c.contact().email() == null ? null : c.contact().email().value());
        fields.put("client", c -> c.client() == null ? null : c.client().name());
        fields.put("urgent", c -> String.valueOf(c.urgent()));
        fields.put("channel", c -> c.channel().name());
        return fields;
    }

    /** The request's fields as they stand, to correct. */
    static Correction of(RequestView r) {
        return new Correction(r.channel(), r.client(), r.contact(), r.summary(), r.description(), r.urgent());
    }

    /** The fields that differ, in the order of the registration form; a client is the same by its id. */
    static List<Change> between(RequestView now, Correction to) {
        Correction was = of(now);
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            boolean differs = field.equals("client") ? !Objects.equals(id(was.client()), id(to.client()))
                    : !Objects.equals(value.apply(was), value.apply(to));
            if (differs) {
                changes.add(new Change(field, value.apply(was), value.apply(to)));
            }
        });
        return changes;
    }

    /** The names of the fields this correction changes, for who may make it. */
    Set<String> changedFrom(RequestView now) {
        return between(now, this).stream().map(Change::field).collect(Collectors.toSet());
    }

    private static Object id(ClientRef client) {
        return client == null ? null : client.id();
    }
}
