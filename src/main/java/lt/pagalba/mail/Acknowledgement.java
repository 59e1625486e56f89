package lt.pagalba.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import lt.pagalba.request.RequestStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The client hears that its request was registered: its number, the summary as recorded, and that
 * replying to the e-mail adds details (the number in the subject joins the reply to the request).
 * Configured per channel ({@code pagalba.mail.acknowledgement.channels}, by default e-mail and the web
 * form, not the phone, where the client heard it on the call). Never to automatic mail, and once per
 * request ({@code ack:<request id>}). A request waiting for R2 information gets none: the automatic
 * reply that lists what is missing already tells its number.
 */
@Component
class Acknowledgement {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final Set<Channel> channels;

    Acknowledgement(Outbox outbox, MailTemplates templates, MessageSource messages,
                    @Value("${pagalba.mail.acknowledgement.channels}") String channels) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.channels = Arrays.stream(channels.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(Channel::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Asked before the event is stored for this listener, so a registration that gets no acknowledgement
     * (every phone call, by default) writes no event publication and runs no listener transaction.
     */
    @ApplicationModuleListener(condition = "@acknowledgement.concerns(#p0)")
    void on(RequestRegistered request) {
        if (!concerns(request)) {
            return;
        }
        Locale locale = Locale.forLanguageTag(request.language() == null ? "lt" : request.language());
        String summary = request.summary() == null ? "" : request.summary();
        String subject = messages.getMessage("mail.acknowledgement.subject", new Object[]{request.number(), summary}, locale);
        MailBody body = templates.render("acknowledgement", locale, Map.of("number", request.number(), "summary", summary));
        outbox.queue(OutgoingMail.of("ACKNOWLEDGEMENT", "ack:" + request.requestId(), request.contactEmail(),
                        subject.length() > 300 ? subject.substring(0, 300) : subject, body)
                .aboutRequest(request.requestId()).inReplyTo(request.sourceMessageId()));
    }

    /** Whether the registration gets an acknowledgement: by a configured channel, from a person, with an address, not waiting for R2 data. */
    public boolean concerns(RequestRegistered request) {
        return channels.contains(request.channel()) && !request.automatic() && request.contactEmail() != null
                && request.status() != RequestStatus.AWAITING_INFORMATION;
    }
}
