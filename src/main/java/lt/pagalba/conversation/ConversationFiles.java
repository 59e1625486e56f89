package lt.pagalba.conversation;

import java.util.List;
import org.springframework.stereotype.Service;

/** The files of a message with their bytes: mail reads them to attach them to the reply it sends. */
@Service
public class ConversationFiles {

    /** A file as it goes with the e-mail. */
    public record File(String name, String contentType, byte[] content) {
    }

    private final Messages messages;

    ConversationFiles(Messages messages) {
        this.messages = messages;
    }

    /** The message's files in the order they were attached; none for an unknown message. */
    public List<File> of(MessageId message) {
        return messages.contents(message);
    }
}
