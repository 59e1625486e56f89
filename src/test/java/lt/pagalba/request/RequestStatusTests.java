package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status a person most likely moves a request to next is a step forward, and always an allowed one. */
class RequestStatusTests {

    @Test
    void theLikelyNextStatusIsAStepForwardThatIsAllowed() {
        assertThat(RequestStatus.ASSIGNED.likelyNext()).as("not back to registered").isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(RequestStatus.IN_PROGRESS.likelyNext()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(RequestStatus.RESOLVED.likelyNext()).isEqualTo(RequestStatus.CLOSED);
        for (RequestStatus status : RequestStatus.values()) {
            if (status != RequestStatus.CLOSED) {
                assertThat(status.canMoveTo(status.likelyNext())).as(status.name()).isTrue();
            }
        }
    }
}
