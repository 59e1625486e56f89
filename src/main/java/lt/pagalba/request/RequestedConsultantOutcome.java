package lt.pagalba.request;

/** What came of a client's wish for a particular consultant (R10). */
public enum RequestedConsultantOutcome {
    /** The consultant leads the request. */
    HONOURED,
    /** No active consultant has that name. */
    UNKNOWN,
    /** The consultant no longer works here. */
    INACTIVE,
    /** The consultant was not on duty at registration. */
    NOT_ON_DUTY
}
