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

/** One form key, one request: the same form sent twice at the same moment (a double click) still registers one. */
class FormKeyTests extends ApiTestSupport {

    @Autowired
    FormIntake forms;
    @Autowired
    RequiredInformation required;

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

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
