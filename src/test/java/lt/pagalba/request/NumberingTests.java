package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** R4: numbers are unique and gapless within a year, even when many register at the same moment. */
class NumberingTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eightAdministratorsRegisteringAtOnceGetConsecutiveDistinctNumbers() throws Exception {
        String token = admin().post("/api/v1/staff/admin/tokens", "{\"name\":\"numbering\"}").field("token");
        Api api = api().bearer(token);
        String clientId = client(unique("UAB Numeriai "));
        var body = Fixtures.phoneRequest(null, "n@numeriai.lt");
        body.put("clientId", clientId);
        String json = JSON.writeValueAsString(body);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            workers.add(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    var created = api.post("/api/v1/requests", json);
                    assertThat(created.status()).isEqualTo(201);
                    numbers.add(created.field("number"));
                }
                return numbers;
            });
        }
        Set<String> numbers = new TreeSet<>();
        int answers = 0;
        for (Future<List<String>> worker : pool.invokeAll(workers)) {
            answers += worker.get().size();
            numbers.addAll(worker.get());
        }
        pool.shutdown();

        assertThat(answers).isEqualTo(1600);
        assertThat(numbers).hasSize(1600);
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(5))).sorted().toList();
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).as("no gaps").isEqualTo(1599);
        assertThat(numbers).allMatch(n -> n.startsWith(String.valueOf(Vilnius.today().getYear()) + "-"));
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId + "&size=1").json().path("total").asInt()).isEqualTo(1600);
    }
}
