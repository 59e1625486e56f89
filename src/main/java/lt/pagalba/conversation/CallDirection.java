package lt.pagalba.conversation;

/** Who called whom: the client called in, or staff called the client. */
public enum CallDirection {
    INBOUND, OUTBOUND
}
