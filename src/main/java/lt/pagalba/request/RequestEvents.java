package lt.pagalba.request;

/** What the request module announces; other modules (mail, feedback, live notifications) listen. */
public final class RequestEvents {

    private RequestEvents() {
    }

    /** A request was registered (complete or awaiting information). */
    public record RequestRegistered(String requestId, String number, String clientId, Channel channel, boolean urgent,
                                    RequestStatus status) {
    }

    /** An urgent request got its consultant at registration (R6): they must hear of it at once. */
    public record UrgentRequestAssigned(String requestId, String number, String consultant, String consultantEmail,
                                        String clientName, String summary) {
    }

    /** An urgent request found nobody on duty: the administrators' dashboard flags it. */
    public record UrgentRequestUnassigned(String requestId, String number, String clientName, String summary) {
    }

    /** A consultant was given a request, as lead or member. */
    public record RequestAssigned(String requestId, String number, String consultant, AssignmentRole role) {
    }

    /** The request moved from one status to another. */
    public record RequestStatusChanged(String requestId, String number, RequestStatus from, RequestStatus to) {
    }

    /** The request was closed (R16 asks the client for feedback then). */
    public record RequestClosed(String requestId, String number, String clientId, String contactEmail) {
    }
}
