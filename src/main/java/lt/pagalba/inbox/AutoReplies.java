package lt.pagalba.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.pagalba.mail.MailTemplates;
import lt.pagalba.mail.Outbox;
import lt.pagalba.mail.OutgoingMail;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The automatic answers to an incoming mail (R2), queued in the outbox in the same transaction as
 * the request, threaded under the mail they answer, with the request number in the subject so the
 * client's reply joins the request. Queued once per incoming mail and kind.
 */
@Component
class AutoReplies {

    private static final int MAX_SUBJECT = 300;

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;

    AutoReplies(Outbox outbox, MailTemplates templates, MessageSource messages) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
    }

    /** Lists exactly the R2 items still missing and how to send them. */
    void missingItems(InboundMessageId inboundId, ParsedMail mail, RequestView request, Locale locale) {
        List<String> labels = request.missingItems().stream()
                .map(item -> messages.getMessage("mailin.item." + item, null, item, locale)).toList();
        queue("AUTO_REPLY_MISSING", "auto-reply:" + inboundId, mail, request, locale, "inbound-missing",
                Map.of("number", request.number(), "missing", labels));
    }

    /** Says the files were refused as too large, and how to send them. */
    void tooLarge(InboundMessageId inboundId, ParsedMail mail, RequestView request, Locale locale, long maxBytes) {
        queue("AUTO_REPLY_TOO_LARGE", "auto-reply-too-large:" + inboundId, mail, request, locale, "inbound-too-large",
                Map.of("number", request.number(), "maxMegabytes", Math.max(1, maxBytes / (1024 * 1024))));
    }

    private void queue(String kind, String sourceKey, ParsedMail mail, RequestView request, Locale locale,
                       String template, Map<String, Object> model) {
        String original = MailSubjects.withoutReplyPrefix(mail.subject());
        String subject = original.isEmpty()
                ? messages.getMessage("mailin.reply.subjectNone", new Object[]{request.number()}, locale)
                : messages.getMessage("mailin.reply.subject", new Object[]{request.number(), original}, locale);
        outbox.queue(OutgoingMail.of(kind, sourceKey, mail.fromAddress(),
                        subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject,
                        templates.render(template, locale, model))
                .aboutRequest(RequestId.parse(request.id()))
                .inReplyTo(mail.messageId()));
    }
}
