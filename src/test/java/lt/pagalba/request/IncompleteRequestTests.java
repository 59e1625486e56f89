package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.Actor;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R2 for the mail intake: an incomplete request waits for the missing items, then goes on. */
class IncompleteRequestTests extends ApiTestSupport {

    @Autowired
    RequestIntake intake;

    @Autowired
    RequiredInformation required;

    @Test
    void anIncompleteRequestWaitsForTheMissingItemsThenGoesOn() {
        var arrived = new RequestRegistration(Channel.EMAIL, null, null,
                new RequestRegistration.Contact(null, null, null, null, "nezinomas@klientas.lt"),
                "Neveikia sąskaitų modulis", "Laiško tekstas", false, null, null);

        RequestView waiting = intake.registerIncomplete(required.asGiven(arrived), Actor.SYSTEM);

        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(waiting.number()).matches("\\d{4}-\\d{6}");
        assertThat(waiting.client()).isNull();
        assertThat(waiting.missingItems()).containsExactly("companyName", "contact.firstName", "contact.lastName",
                "contact.position", "contact.phone");

        String company = unique("UAB Atsakymas ");
        RequestView partly = intake.complete(waiting.id(), new RequestRegistration(null, company, null,
                new RequestRegistration.Contact("Rūta", "Rūtaitė", null, "not a phone", null), null, null, null, null, null),
                Actor.SYSTEM);
        assertThat(partly.status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(partly.missingItems()).containsExactly("contact.position", "contact.phone");
        assertThat(partly.client().name()).isEqualTo(company);

        RequestView complete = intake.complete(waiting.id(), new RequestRegistration(null, null, null,
                new RequestRegistration.Contact(null, null, "Vyr. buhalterė", "8 5 278 0670", null), null, null, null, null, null),
                Actor.SYSTEM);
        assertThat(complete.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(complete.missingItems()).isEmpty();
        assertThat(complete.contact().phone().e164()).isEqualTo("+37052780670");
        assertThat(complete.contact().email().value()).isEqualTo("nezinomas@klientas.lt");
        assertThat(complete.number()).isEqualTo(waiting.number());

        var contacts = admin().get("/api/v1/clients/" + complete.client().id() + "/contacts");
        assertThat(contacts.json().path("items").get(0).path("lastName").asString()).isEqualTo("Rūtaitė");
    }
}
