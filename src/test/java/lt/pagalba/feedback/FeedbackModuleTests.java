package lt.pagalba.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.feedback.FeedbackEvents.FeedbackRequested;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.RequestId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Feedback with the request and client modules (and staff, which they ask): a closed request's contact is invited once, whatever is redelivered. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "staff")
@Import(EmbeddedDatabaseConfiguration.class)
class FeedbackModuleTests {

    @Autowired
    RequestIntake intake;
    @Autowired
    Feedback feedback;
    @Autowired
    FeedbackInviter inviter;

    @Test
    void aClosedRequestMakesOneInvitationToItsContact(Scenario scenario) {
        String email = "ona." + UUID.randomUUID() + "@modulis.lt";
        RequestView request = intake.register(new RequestRegistration(Channel.PHONE, "UAB Modulis " + UUID.randomUUID(), null,
                new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", email),
                "Neatsidaro ataskaita", "Klaida atidarant ataskaitą", false, null, null), Actor.SYSTEM);
        RequestClosed closed = new RequestClosed(request.id(), request.number(), request.client().id(), email);

        scenario.publish(closed)
                .andWaitForEventOfType(FeedbackRequested.class)
                .matching(invited -> invited.requestId().text().equals(request.id()))
                .toArriveAndVerify(invited -> {
                    assertThat(invited.recipient()).isEqualTo(email);
                    assertThat(invited.number()).isEqualTo(request.number());
                    assertThat(invited.link()).contains("/atsiliepimas/").endsWith("?lang=lt");
                    assertThat(invited.optOutLink()).contains("/atsisakyti");
                });

        assertThat(inviter.invite(closed)).as("a redelivered close invites nobody again").isFalse();
        assertThat(feedback.invitationFor(RequestId.parse(request.id()))).hasValueSatisfying(invitation ->
                assertThat(invitation.recipient()).isEqualTo(email));
    }
}
