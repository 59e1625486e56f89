package lt.pagalba.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A claimed mail as the MIME message that goes over SMTP: UTF-8, text and HTML as alternatives, files
 * attached, and the Message-ID recorded when queued (Spring's sender keeps a Message-ID set before
 * sending), so replies thread back to the request; marked automatic, so that no vacation responder
 * answers it and no mail loop starts.
 */
final class MimeMail {

    /** The kinds of mail a person wrote. */
    static final Set<String> PERSONAL = Set.of("REPLY");

    private MimeMail() {
    }

    /**
     * A file as the recipient's program saves it: its bytes in base64 whatever its type (a text file
     * keeps its own line endings), its name in UTF-8 as RFC 2231 writes parameters.
     */
    private static MimeBodyPart attachment(OutgoingMail.Attachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(file.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** One address, or several separated by commas (a reply to the client and whoever else it names). */
    private static String[] addresses(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toArray(String[]::new);
    }

    static MimeMessage of(JavaMailSender sender, String from, OutboxDelivery.Claimed mail,
                          List<OutgoingMail.Attachment> files) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null || !files.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(addresses(mail.recipient()));
        if (mail.cc() != null) {
            helper.setCc(addresses(mail.cc()));
        }
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (OutgoingMail.Attachment file : files) {
            helper.getRootMimeMultipart().addBodyPart(attachment(file));
        }
        helper.setSentDate(new Date());
        message.setHeader("Message-ID", mail.messageId());
        // RFC 3834: every mail Pagalba sends by itself is automatic, so vacation responders and robots keep
        // quiet; a staff member's reply is a person's mail, which a client's out-of-office may well answer
        if (!PERSONAL.contains(mail.kind())) {
            message.setHeader("Auto-Submitted", mail.kind().startsWith("AUTO_REPLY") ? "auto-replied" : "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        }
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
            message.setHeader("References", mail.references() != null ? mail.references() : mail.inReplyTo());
        }
        return message;
    }
}
