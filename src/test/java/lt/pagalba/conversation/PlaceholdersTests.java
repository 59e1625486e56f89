package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.request.Channel;
import lt.pagalba.request.ContactSnapshot;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.RequestId;
import org.junit.jupiter.api.Test;

/** Templates' placeholders: filled from the request, its contact and the consultant; unknown ones are named. */
class PlaceholdersTests {

    @Test
    void everyPlaceholderIsFilled() {
        String text = "Sveiki, {{contact.firstName.vocative}}! Kreipinys {{ request.number }} („{{request.summary}}“), "
                + "{{contact.firstName}} {{contact.lastName}}. {{consultant.name}}";

        assertThat(Placeholders.fill(text, request("Jonas", "Jonaitis"), "Eglė Eglaitė"))
                .isEqualTo("Sveiki, Jonai! Kreipinys 2026-000123 („Neatsidaro ataskaita“), Jonas Jonaitis. Eglė Eglaitė");
    }

    @Test
    void whatIsNotKnownYetIsLeftEmpty() {
        assertThat(Placeholders.fill("Sveiki, {{contact.firstName.vocative}}!", request(null, null), null)).isEqualTo("Sveiki, !");
    }

    @Test
    void unknownPlaceholdersAreNamedOnce() {
        assertThat(Placeholders.unknownIn("{{client.vat}} {{request.number}} {{client.vat}} {{kita}}"))
                .containsExactly("{{client.vat}}", "{{kita}}");
        assertThat(Placeholders.unknownIn("Be žymių $1 \\ {{request.number}}")).isEmpty();
    }

    private static RequestView request(String firstName, String lastName) {
        return new RequestView(RequestId.random(), "2026-000123", RequestStatus.ASSIGNED, OffsetDateTime.now(), Channel.EMAIL,
                false, null, new ContactSnapshot(null, firstName, lastName, null, null, null), "Neatsidaro ataskaita", "", null,
                null, null, List.of(), List.of(), null);
    }
}
