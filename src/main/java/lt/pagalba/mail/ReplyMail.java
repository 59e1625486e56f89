package lt.pagalba.mail;

import java.util.Locale;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.conversation.ReplyQueued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A staff member's reply to the client, queued once ({@code reply:<message id>}) after the reply
 * commits: to the addresses and copies the conversation chose, under the Message-ID it chose, threaded
 * to the request's last e-mail, signed with the staff member's name, with the message's files (read
 * from the conversation: the event carries none).
 */
@Component
class ReplyMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final ConversationFiles files;

    ReplyMail(Outbox outbox, MailTemplates templates, ConversationFiles files) {
        this.outbox = outbox;
        this.templates = templates;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(ReplyQueued reply) {
        MailBody body = templates.signed(new MailBody(reply.text(), reply.html()), reply.author(),
                Locale.forLanguageTag(reply.language()));
        OutgoingMail mail = OutgoingMail.of("REPLY", ReplyDeliveries.SOURCE + reply.id(), String.join(", ", reply.to()),
                        reply.subject(), body)
                .aboutRequest(reply.requestId()).copyTo(reply.cc()).withMessageId(reply.messageId())
                .threaded(reply.inReplyTo(), reply.references());
        if (reply.hasFiles()) {
            for (ConversationFiles.File file : files.of(reply.id())) {
                mail = mail.withAttachment(file.name(), file.contentType(), file.content());
            }
        }
        outbox.queue(mail);
    }
}
