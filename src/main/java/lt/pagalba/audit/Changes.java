package lt.pagalba.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which fields of a record differ between two JSON snapshots, for people reading the history. */
final class Changes {

    /** Fields people do not change and need not read in the history. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "clientId", "requestId", "createdAt", "billed", "locked");

    private Changes() {
    }

    static List<AuditEntry.Change> between(JsonMapper json, String before, String after) {
        Map<String, String> old = flatten(json, before);
        Map<String, String> now = flatten(json, after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.get(field);
            String b = now.get(field);
            if (!Objects.equals(a, b) && !BOOKKEEPING.contains(field)) {
                changes.add(new AuditEntry.Change(field, a, b));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonMapper json, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text != null) {
            flatten("", json.readTree(text), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (!node.isNull()) {
            into.put(prefix.isEmpty() ? "value" : prefix, node.isValueNode() ? node.asString() : node.toString());
        }
    }
}
