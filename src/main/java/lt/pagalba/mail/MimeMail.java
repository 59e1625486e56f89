package lt.pagalba.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A claimed mail as the MIME message that goes over SMTP: UTF-8, text and HTML as alternatives, files
 * attached, and the Message-ID recorded when queued (Spring's sender keeps a Message-ID set before
 * sending), so replies thread back to the request; marked automatic, so that no vacation responder
 * answers it and no mail loop starts.
 */
final class MimeMail {

    private MimeMail() {
    }

    static MimeMessage of(JavaMailSender sender, String from, OutboxDelivery.Claimed mail,
                          List<OutgoingMail.Attachment> files) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null || !files.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (OutgoingMail.Attachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        helper.setSentDate(new Date());
        message.setHeader("Message-ID", mail.messageId());
        // RFC 3834: every mail Pagalba sends is automatic; vacation responders and robots keep quiet
        message.setHeader("Auto-Submitted", mail.kind().startsWith("AUTO_REPLY") ? "auto-replied" : "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
            message.setHeader("References", mail.references() != null ? mail.references() : mail.inReplyTo());
        }
        return message;
    }
}
