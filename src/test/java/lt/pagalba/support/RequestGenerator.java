package lt.pagalba.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls made up from the OpenAPI document, as a schema-driven fuzzer makes them: every operation, its
 * path and query parameters and its JSON body generated from their schemas, about half of them
 * broken on purpose (a missing or mistyped field, a null, huge or NUL-carrying text, a lone surrogate,
 * overlong UTF-8, broken JSON, a key twice, a date that does not exist, a wrong content type, a path
 * segment no id looks like). Ids of what earlier calls created are used again, so calls reach deep.
 */
public final class RequestGenerator {

    public record Operation(String method, String path, JsonNode parameters, JsonNode bodySchema) {
    }

    public record Call(String method, String path, byte[] body, String contentType, boolean broken) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> BAD_SEGMENTS = List.of("x", "..", "%2e%2e", "null", "0", "-1", "%27%20OR%201%3D1--",
            "%3Cscript%3E", "a".repeat(300), "%C0%AF", "%00", "%E2%80%AE", "%C4%85%C4%8D", "%F0%9F%98%80", "00000000-0000-0000-0000-000000000000");
    private static final List<String> BAD_TEXT = List.of("", " ", "\u0000", "\ud800", "x".repeat(10_000), "<script>alert(1)</script>",
            "' OR 1=1 --", "\u202e", "😀", "ąčęėįšųūž", "\n\r\t", "null", "-1", "2026-13-45", "9".repeat(40));
    private static final List<String> BAD_DATES = List.of("0000-00-00", "2026-02-30", "-5000-01-01", "9999-12-31T23:59:59+18:00",
            "2026-10", "yesterday", "2026-10-05T25:61:00+03:00", "1899-12-31");

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode document;
    private final Random random;
    private final Map<String, List<String>> ids = new ConcurrentHashMap<>();
    private final Set<String> propertyNames = new TreeSet<>();
    private final Set<String> untouchable;

    /** {@code untouchable}: usernames the run's own callers log in with, never changed by it. */
    public RequestGenerator(JsonNode document, long seed, Set<String> untouchable) {
        this.document = document;
        this.random = new Random(seed);
        this.untouchable = untouchable;
        document.path("components").path("schemas").forEach(s -> s.path("properties").propertyNames().forEach(propertyNames::add));
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> operations.add(
                new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue().path("parameters"),
                        op.getValue().path("requestBody").path("content").path("application/json").path("schema")))));
        return operations;
    }

    /** Remembers an id a call's answer named, for later calls on that kind of thing ({@code clients}, …). */
    public void remember(String kind, String id) {
        if (id != null && !id.isBlank()) {
            ids.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(id);
        }
    }

    public synchronized Call next(Operation operation) {
        boolean broken = random.nextBoolean();
        int breakWhere = random.nextInt(3); // 0: path, 1: query, 2: body
        String path = path(operation, broken && breakWhere == 0);
        String query = query(operation.parameters(), broken && breakWhere == 1);
        if (operation.bodySchema().isMissingNode()) {
            return new Call(operation.method(), path + query, null, null, broken);
        }
        if (broken && breakWhere == 2) {
            return brokenBody(operation, path + query);
        }
        return new Call(operation.method(), path + query, json.writeValueAsBytes(value(operation.bodySchema(), 0)),
                "application/json", broken);
    }

    private String path(Operation operation, boolean broken) {
        String[] segments = operation.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (!segment.startsWith("{")) {
                path.append(segment);
            } else if (broken && random.nextInt(2) == 0) {
                path.append(pick(BAD_SEGMENTS));
            } else {
                String kind = segment.equals("{username}") ? "staff" : segments[i - 1];
                path.append(URLEncoder.encode(known(kind, !operation.method().equals("GET")), UTF_8));
            }
        }
        return path.toString();
    }

    private String known(String kind, boolean changes) {
        List<String> pool = ids.getOrDefault(kind, List.of());
        List<String> usable;
        synchronized (pool) {
            usable = pool.stream().filter(id -> !changes || !untouchable.contains(id)).toList();
        }
        if (usable.isEmpty() || random.nextInt(10) == 0) {
            return kind.equals("staff") ? "nobody" + random.nextInt(1000) : UUID.randomUUID().toString();
        }
        return usable.get(random.nextInt(usable.size()));
    }

    private String query(JsonNode parameters, boolean broken) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            if (!"query".equals(parameter.path("in").asString()) || random.nextBoolean()) {
                continue;
            }
            String name = parameter.path("name").asString();
            String value = broken && random.nextBoolean() ? pick(BAD_TEXT) : scalar(parameter.path("schema"), name).asString();
            pairs.add(URLEncoder.encode(name, UTF_8) + "=" + URLEncoder.encode(value, UTF_8));
        }
        if (broken) {
            pairs.add(pick(List.of("=x", "page=-1", "size=99999999999", "page=abc", "%ZZ=1", "q=%E0%A4%A", "size=0")));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private Call brokenBody(Operation operation, String path) {
        String method = operation.method();
        return switch (random.nextInt(12)) {
            case 0 -> call(method, path, "{}");
            case 1 -> call(method, path, "{\"" + pick(List.copyOf(propertyNames)) + "\": ");
            case 2 -> call(method, path, pick(List.of("[]", "\"text\"", "42", "null", "true", "[{}]")));
            case 3 -> withDuplicateKey(method, path, operation.bodySchema());
            case 4 -> new Call(method, path, overlongUtf8(), "application/json", true);
            case 5 -> new Call(method, path, json.writeValueAsBytes(value(operation.bodySchema(), 0)),
                    pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=windows-1257",
                            "application/json; charset=nonsense", "multipart/form-data")), true);
            case 6 -> call(method, path, "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
            default -> call(method, path, json.writeValueAsString(mutated(value(operation.bodySchema(), 0))));
        };
    }

    private Call call(String method, String path, String body) {
        return new Call(method, path, body.getBytes(UTF_8), "application/json", true);
    }

    private Call withDuplicateKey(String method, String path, JsonNode schema) {
        String body = json.writeValueAsString(value(schema, 0));
        String key = pick(List.copyOf(propertyNames));
        return call(method, path, body.startsWith("{") && body.length() > 2
                ? "{\"" + key + "\": 1, \"" + key + "\": \"x\"," + body.substring(1) : "{\"" + key + "\":1,\"" + key + "\":2}");
    }

    private byte[] overlongUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"name\": \"UAB ".getBytes(UTF_8));
        out.writeBytes(pick(List.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xE2, (byte) 0x82})));
        out.writeBytes("\"}".getBytes(UTF_8));
        return out.toByteArray();
    }

    /** The generated body with one field broken: removed, null, of another type, or an unknown one added. */
    private JsonNode mutated(JsonNode body) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return NODES.objectNode().put(pick(List.copyOf(propertyNames)), pick(BAD_TEXT));
        }
        List<String> names = new ArrayList<>(object.propertyNames());
        String name = pick(names);
        switch (random.nextInt(6)) {
            case 0 -> object.remove(name);
            case 1 -> object.putNull(name);
            case 2 -> object.put(name, pick(BAD_TEXT));
            case 3 -> object.put(name, pick(List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE)));
            case 4 -> object.put(name, random.nextBoolean() ? 1.5 : 1e300);
            default -> object.set(name, pick(List.of(NODES.arrayNode().add(1), NODES.objectNode().put("x", 1), NODES.booleanNode(true),
                    NODES.textNode(pick(BAD_DATES)))));
        }
        return object;
    }

    /** A value that meets the schema (mostly: text lengths and ranges are kept, formats written as the API reads them). */
    private JsonNode value(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return value(document.path("components").path("schemas").path(name), depth + 1);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        String type = schema.path("type").asString("object");
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            for (int i = random.nextInt(3); i > 0; i--) {
                array.add(value(schema.path("items"), depth + 1));
            }
            return array;
        }
        if (type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (schema.path("properties").isEmpty()) {
                // a merge patch: some of the fields any form has
                for (int i = random.nextInt(3) + 1; i > 0; i--) {
                    String name = pick(List.copyOf(propertyNames));
                    object.set(name, scalar(NODES.objectNode().put("type", "string"), name));
                }
                return object;
            }
            schema.path("properties").properties().forEach(p -> {
                if (random.nextInt(5) > 0 || schema.path("required").valueStream().anyMatch(r -> r.asString().equals(p.getKey()))) {
                    object.set(p.getKey(), value(p.getValue(), depth + 1));
                }
            });
            return object;
        }
        return scalar(schema, "");
    }

    private JsonNode scalar(JsonNode schema, String name) {
        if (schema.has("enum")) {
            List<JsonNode> values = schema.path("enum").valueStream().filter(v -> !v.isNull()).toList();
            return values.isEmpty() ? NODES.nullNode() : pick(values);
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("string")) {
            case "integer" -> NODES.numberNode(random.nextInt(schema.has("maximum") ? 3 : 120) + schema.path("minimum").asInt(0));
            case "number" -> NODES.numberNode(random.nextInt(100));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(format.equals("date") || name.equals("from") || name.equals("to") || name.endsWith("Date")
                    ? "2026-" + two(random.nextInt(12) + 1) + "-" + two(random.nextInt(28) + 1)
                    : format.equals("date-time") ? "2026-10-05T09:1" + random.nextInt(10) + ":00+03:00" : text(name));
        };
    }

    private String text(String name) {
        return switch (name) {
            case "period" -> pick(List.of("2026-10", "2025-Q3", "2019-02", "2026-11"));
            case "email", "to" -> "fuzz" + random.nextInt(1000) + "@pavyzdys.lt";
            case "phone" -> pick(List.of("+37061234567", "8 5 278 0670"));
            case "companyCode" -> String.valueOf(100_000_000 + random.nextInt(899_999_999));
            case "username", "consultant", "requestedConsultant" -> known("staff", false);
            case "clientId" -> known("clients", false);
            case "hourlyRate", "additionalWorkRate", "overageHourlyRate" -> random.nextInt(90) + ".00";
            case "status" -> pick(List.of("RESOLVED", "IN_PROGRESS", "CLOSED", "REGISTERED"));
            default -> pick(List.of("Ona", "UAB Bandymas " + random.nextInt(10_000), "Žąsinas", "Nr. 5", "a"));
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
