package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.PlaygroundTestSupport;
import lt.pagalba.support.RequestGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outside tester's run: over ten thousand calls generated from the OpenAPI document (about half
 * broken on purpose), as several roles, without credentials and with wrong ones, on its own
 * database. Not one may be a 5xx, and every answer must be one the document describes. The figures
 * are written to {@code target/generated-input-run.txt} (the README's reliability section quotes them).
 */
class GeneratedInputTests extends PlaygroundTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CALLS = 10_400;
    private static final long SEED = 20261201L;

    @Test
    void tenThousandGeneratedCallsGetNoServerErrorAndOnlyDocumentedAnswers() throws Exception {
        String consultant = unique("fuzzk");
        String accountant = unique("fuzza");
        staffMember(consultant, "CONSULTANT");
        staffMember(accountant, "ACCOUNTANT");
        List<Api> callers = List.of(api().bearer(token(ADMIN)), api().bearer(token(ADMIN)), api().bearer(token(ADMIN)),
                api().bearer(token(consultant)), api().bearer(token(accountant)), api().anonymous(),
                api().bearer("pgb_not-a-token"), api().basic("nobody-at-all", "wrong-password"));

        JsonNode document = api().get("/v3/api-docs").json();
        RequestGenerator generator = new RequestGenerator(document, SEED, Set.of(ADMIN, consultant, accountant));
        seed(generator, consultant, accountant);
        List<RequestGenerator.Operation> operations = generator.operations();

        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger broken = new AtomicInteger();
        Random pick = new Random(SEED);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < CALLS; i++) {
            RequestGenerator.Operation operation = operations.get(pick.nextInt(operations.size()));
            Api caller = callers.get(pick.nextInt(callers.size()));
            pool.submit(() -> {
                RequestGenerator.Call call = generator.next(operation);
                if (call.broken()) {
                    broken.incrementAndGet();
                }
                try {
                    Api.Response response = caller.send(call.method(), call.path(), call.body(), call.contentType());
                    statuses.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
                    if (response.status() >= 500) {
                        failures.add(call.method() + " " + call.path() + " → " + response);
                    } else if (response.status() < 300) {
                        remember(generator, operation, response);
                    }
                } catch (AssertionError outsideTheDocument) {
                    failures.add(outsideTheDocument.getMessage());
                } catch (RuntimeException unreachable) {
                    failures.add(call.method() + " " + call.path() + " → " + unreachable);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        report(operations.size(), broken.get(), statuses, failures, took);
        assertThat(statuses.values().stream().mapToLong(LongAdder::sum).sum() + failures.size()).isGreaterThanOrEqualTo(CALLS);
        assertThat(failures).as("5xx answers and answers outside the OpenAPI document").isEmpty();
    }

    /** Something of every kind the calls can name by id. */
    private void seed(RequestGenerator generator, String consultant, String accountant) {
        List.of(ADMIN, consultant, accountant).forEach(u -> generator.remember("staff", u));
        String clientId = client(unique("UAB Fuzz "));
        generator.remember("clients", clientId);
        var request = admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Fuzz "), "f@fuzz.lt")));
        String requestId = request.field("id");
        generator.remember("requests", requestId);
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        String lastMonth = YearMonth.from(Vilnius.today()).minusMonths(1).atDay(5).toString();
        generator.remember("work-entries", admin().post("/api/v1/requests/" + requestId + "/work-entries", """
                {"consultant":"%s","workDate":"%s","minutes":90,"mode":"PHONE","category":"CONSULTATION","description":"Darbas"}"""
                .formatted(consultant, lastMonth)).field("id"));
        generator.remember("contacts", admin().post("/api/v1/clients/" + clientId + "/contacts",
                "{\"firstName\":\"Ona\",\"lastName\":\"Onaitė\",\"email\":\"ona@fuzz.lt\"}").field("id"));
        generator.remember("contracts", admin().post("/api/v1/clients/" + clientId + "/contracts", """
                {"number":"F-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":0,
                 "allowances":[{"category":"CONSULTATION","includedMinutes":60,"overageHourlyRate":"40.00"}]}""").field("id"));
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs",
                "{\"period\":\"%s\"}".formatted(YearMonth.from(Vilnius.today()).minusMonths(1)));
        run.json().path("invoices").forEach(i -> generator.remember("invoices", i.path("id").asString()));
    }

    /** What a successful call created is named by later calls: a client by its id, a staff member by username. */
    private static void remember(RequestGenerator generator, RequestGenerator.Operation operation, Api.Response response) {
        if (!response.contentType().contains("json") || response.text().isBlank()) {
            return;
        }
        JsonNode answer = response.json();
        String[] segments = operation.path().split("/");
        String kind = segments[segments.length - 1].startsWith("{") ? segments[segments.length - 2] : segments[segments.length - 1];
        if (kind.equals("billing-runs")) {
            answer.path("invoices").forEach(i -> generator.remember("invoices", i.path("id").asString()));
        } else if (operation.method().equals("POST") && kind.equals("staff")) {
            generator.remember("staff", answer.path("username").asString());
        } else if (operation.method().equals("POST") && answer.has("id")) {
            generator.remember(kind, answer.path("id").asString());
        }
    }

    private String token(String username) {
        return admin().post("/api/v1/staff/" + username + "/tokens", "{\"name\":\"fuzz\"}").field("token");
    }

    private static void report(int operations, int broken, Map<Integer, LongAdder> statuses, List<String> failures, Duration took)
            throws IOException {
        long total = statuses.values().stream().mapToLong(LongAdder::sum).sum() + failures.size();
        StringBuilder text = new StringBuilder("Generated-input run: %d calls on %d operations (%d broken on purpose) in %d s%n"
                .formatted(total, operations, broken, took.toSeconds()));
        new TreeMap<>(statuses).forEach((status, count) -> text.append("  ").append(status).append(": ").append(count.sum())
                .append('\n'));
        text.append("  5xx or outside the document: ").append(failures.size()).append('\n');
        failures.stream().filter(f -> !f.contains("Malformed escape")).limit(40).forEach(f -> text.append("    ").append(f, 0, Math.min(f.length(), 600)).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "generated-input-run.txt"), text);
        System.out.print(text);
    }
}
