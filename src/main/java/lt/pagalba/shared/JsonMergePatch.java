package lt.pagalba.shared;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7386 JSON merge patch: a field present in the patch replaces the current value, {@code null}
 * clears it, an absent field stays. The result is validated like a new input.
 */
public final class JsonMergePatch {

    private JsonMergePatch() {
    }

    public static <T> T apply(JsonMapper mapper, T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(FieldProblem.invalid("", "validation.patch.object"));
        }
        ObjectNode base = mapper.valueToTree(current);
        merge(base, (ObjectNode) patch);
        return mapper.treeToValue(base, type);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
