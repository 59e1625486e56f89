package lt.pagalba.request;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;

/** What the request module announces; other modules (mail, feedback) and its own live notices listen. */
public final class RequestEvents {

    private RequestEvents() {
    }

    /**
     * A request was registered (complete or awaiting information), with what its acknowledgement needs:
     * the summary as recorded, the contact's e-mail (null when none was given), the language to answer
     * in, the Message-ID of the e-mail that brought it and whether that e-mail was automatic.
     */
    public record RequestRegistered(RequestId requestId, String number, ClientId clientId, Channel channel, boolean urgent,
                                    RequestStatus status, String summary, String contactEmail, String language,
                                    String sourceMessageId, boolean automatic) {
    }

    /** An urgent request got its consultant when dispatched (R6): they must hear of it at once. */
    public record UrgentRequestAssigned(RequestId requestId, String number, String consultant, String consultantEmail,
                                        String clientName, String summary) {
    }

    /** An urgent request found nobody on duty: the administrators' dashboard flags it. */
    public record UrgentRequestUnassigned(RequestId requestId, String number, String clientName, String summary) {
    }

    /** A consultant was given a request, as lead or member. */
    public record RequestAssigned(RequestId requestId, String number, String consultant, AssignmentRole role, boolean urgent) {
    }

    /** The request moved from one status to another. */
    public record RequestStatusChanged(RequestId requestId, String number, RequestStatus from, RequestStatus to) {
    }

    /** The request was closed (R16 asks the client for feedback then). */
    public record RequestClosed(RequestId requestId, String number, ClientId clientId, String contactEmail) {
    }

    /**
     * A duplicate was merged into its survivor (issue 13 item 6), in the merging transaction: each module
     * moves what it keeps of the duplicate (mails, files, conversation, work entries) to the survivor then.
     */
    public record RequestMerged(RequestId duplicate, String duplicateNumber, RequestId survivor, String survivorNumber) {
    }

    /**
     * A request's client was corrected (issue 13 item 6), in the correcting transaction: the journal
     * moves the request's work to the new client then, or refuses the correction when some of it was billed.
     */
    public record RequestClientCorrected(RequestId requestId, String number, ClientId from, ClientId to) {
    }
}
