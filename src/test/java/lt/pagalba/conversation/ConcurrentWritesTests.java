package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people writing on one request at once: calls with and without their work entries, replies with
 * time and without, and notes, all at the same moment. Each writer's rows (the call, the message, the
 * entry) hold a shared lock on the request's row through their foreign keys; a writer that then asked
 * for the row's update lock (to record the first contact, or that work started) met another doing the
 * same in a deadlock, and one of them got a 500 (found by GeneratedInputTests: two calls on one
 * request). Every writer now locks the request first, so they take turns: every call answers 201 and
 * everything is written once.
 */
class ConcurrentWritesTests extends ApiTestSupport {

    private static final int ROUNDS = 6;

    @Autowired
    JdbcClient jdbc;

    @Test
    void callsRepliesAndNotesOnOneRequestAtOnceAreAllWritten() throws Exception {
        Opened request = Opened.by(admin(), api());
        Api consultant = request.asConsultant();
        String calls = "/api/v1/requests/" + request.id() + "/calls";
        List<Callable<Api.Response>> writes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            int minutes = 5 + i;
            writes.add(() -> consultant.post(calls, """
                    {"direction":"INBOUND","minutes":%d,"note":"Skambutis %d","workEntry":true}""".formatted(minutes, minutes)));
            writes.add(() -> consultant.post(calls, """
                    {"direction":"OUTBOUND","minutes":%d,"note":"Perskambinau %d","workEntry":false}""".formatted(minutes, minutes)));
            writes.add(() -> consultant.post(request.messages(), """
                    {"kind":"REPLY","body":"Atsakymas %d","workEntry":{"minutes":%d}}""".formatted(minutes, minutes)));
            writes.add(() -> consultant.post(request.messages(), """
                    {"kind":"REPLY","body":"Patikslinimas %d"}""".formatted(minutes)));
            writes.add(() -> consultant.post(request.messages(), """
                    {"kind":"NOTE","body":"Pastaba %d"}""".formatted(minutes)));
        }

        List<Api.Response> answers = allAtOnce(writes);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(201));
        assertThat(count("SELECT count(*) FROM phone_call WHERE request_id = CAST(:id AS uuid)", request)).isEqualTo(2 * ROUNDS);
        assertThat(count("SELECT count(*) FROM work_entry WHERE request_id = CAST(:id AS uuid)", request))
                .as("a call's and a reply's time").isEqualTo(2 * ROUNDS);
        assertThat(consultant.get(request.messages()).json().path("items")).hasSize(3 * ROUNDS);
        assertThat(admin().get("/api/v1/requests/" + request.id()).field("status")).isEqualTo("IN_PROGRESS");
    }

    /** Every write started at the same moment on its own thread; their answers in order. */
    private static List<Api.Response> allAtOnce(List<Callable<Api.Response>> writes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            CountDownLatch ready = new CountDownLatch(writes.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> write : writes) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return write.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql, Opened request) {
        return jdbc.sql(sql).param("id", request.id()).query(Integer.class).single();
    }
}
