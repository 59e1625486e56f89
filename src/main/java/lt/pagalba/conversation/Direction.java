package lt.pagalba.conversation;

/** Which way a message went: from the client to Pagalba, or from Pagalba's staff. */
public enum Direction {
    IN, OUT
}
