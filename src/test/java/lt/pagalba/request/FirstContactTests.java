package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A request keeps when staff first reached the client: the earliest reply or call, never before it was received. */
class FirstContactTests {

    @Test
    void theFirstContactIsKeptAndRecordedOnce() {
        SupportRequest request = RequestBuilder.aRequest().build();
        OffsetDateTime reply = request.view().receivedAt().plusMinutes(30);

        request.contacted(reply, SupportRequestTests.ADMIN);
        request.contacted(reply.plusHours(1), SupportRequestTests.ADMIN);

        assertThat(request.view().firstContactAt()).isEqualTo(reply);
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("FIRST_CONTACT");
    }

    @Test
    void anEarlierCallLoggedAfterwardsIsTheFirstContact() {
        SupportRequest request = RequestBuilder.aRequest().build();
        OffsetDateTime reply = request.view().receivedAt().plusHours(2);
        OffsetDateTime call = request.view().receivedAt().plusMinutes(10);

        request.contacted(reply, SupportRequestTests.ADMIN);
        request.contacted(call, SupportRequestTests.ADMIN);

        assertThat(request.view().firstContactAt()).isEqualTo(call);
    }

    @Test
    void noContactCountsFromBeforeTheRequestWasReceived() {
        SupportRequest request = RequestBuilder.aRequest().build();

        request.contacted(request.view().receivedAt().minusDays(1), SupportRequestTests.ADMIN);

        assertThat(request.view().firstContactAt()).isEqualTo(request.view().receivedAt());
    }
}
