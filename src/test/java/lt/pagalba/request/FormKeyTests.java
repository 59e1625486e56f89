package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import lt.pagalba.shared.Actor;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One form key, one request: the same form sent twice at the same moment (a double click) still registers one. */
class FormKeyTests extends ApiTestSupport {

    @Autowired
    FormIntake forms;
    @Autowired
    RequiredInformation required;
    @Autowired
    FormKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSendsOfOneFormAtOnceRegisterOneRequestAndBothSeeIt() {
        String marker = unique("Dukart");
        NewRequest request = required.complete(new RequestRegistration(Channel.WEB, "UAB " + marker, null,
                new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@dukart.lt"),
                marker + " neveikia", null, false, null, null));
        UUID key = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<FormIntake.FromForm>> sends = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return forms.registerOnce(key, request, Actor.WEB_FORM);
                })).toList();
        start.countDown();
        List<FormIntake.FromForm> answers = sends.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(a -> a.request().number()).containsOnly(answers.get(0).request().number());
        assertThat(answers).extracting(FormIntake.FromForm::repeated).containsExactlyInAnyOrder(false, true);
        assertThat(admin().get("/api/v1/requests?q=" + marker).json().path("total").asLong()).isEqualTo(1);
        assertThat(forms.registerOnce(key, request, Actor.WEB_FORM).repeated()).isTrue();
    }

    @Test
    void theNightlyCleanUpForgetsKeysOlderThanAMonthAndKeepsTheRecentOnes() {
        UUID old = registerUnder(unique("Senas"));
        UUID recent = registerUnder(unique("Naujas"));
        jdbc.sql("UPDATE request_form_key SET created_at = now() - interval '31 days' WHERE form_key = :k")
                .param("k", old).update();

        keys.forgetOlderThan(ScheduledFormKeyCleanup.KEPT_DAYS); // what the nightly job does (jobs are off in tests)

        assertThat(keyed(old)).isZero();
        assertThat(keyed(recent)).isOne();
    }

    private UUID registerUnder(String marker) {
        UUID key = UUID.randomUUID();
        forms.registerOnce(key, required.complete(new RequestRegistration(Channel.WEB, "UAB " + marker, null,
                new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@valymas.lt"),
                marker + " neveikia", null, false, null, null)), Actor.WEB_FORM);
        return key;
    }

    private long keyed(UUID key) {
        return jdbc.sql("SELECT count(*) FROM request_form_key WHERE form_key = :k").param("k", key).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
