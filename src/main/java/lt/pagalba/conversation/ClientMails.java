package lt.pagalba.conversation;

import java.util.List;
import lt.pagalba.shared.RequestId;

/**
 * The client's e-mails on a request, as the support mailbox (inbox) keeps them: a port the inbox
 * implements, because the inbox depends on mail, which depends on the conversation.
 */
public interface ClientMails {

    /** The e-mails that made or joined the request, oldest first. */
    List<ClientMail> of(RequestId request);
}
