package lt.pagalba.conversation;

/** What a message on a request is: the client's e-mail, a reply e-mailed to the client, or an internal note. */
public enum MessageKind {
    EMAIL, REPLY, NOTE
}
