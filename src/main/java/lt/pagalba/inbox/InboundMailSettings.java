package lt.pagalba.inbox;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The support mailbox ({@code PAGALBA_MAIL_INBOUND_*}): off while the host is empty.
 *
 * @param port            0 for the protocol's own (143 for imap, 993 for imaps)
 * @param maxMessageBytes a larger message still becomes a request, but its files are refused with a reply
 * @param batchSize       messages fetched (in one IMAP command) and flagged together
 */
@ConfigurationProperties("pagalba.mail.inbound")
record InboundMailSettings(String host, @DefaultValue("0") int port, String username, String password,
                           @DefaultValue("imap") String protocol, @DefaultValue("30") int pollSeconds,
                           @DefaultValue("INBOX") String folder, @DefaultValue("26214400") long maxMessageBytes,
                           @DefaultValue("500") int batchSize) {

    InboundMailSettings {
        if (protocol == null || protocol.isBlank()) {
            protocol = "imap";
        }
        protocol = protocol.trim().toLowerCase(Locale.ROOT);
        if (!protocol.equals("imap") && !protocol.equals("imaps")) {
            throw new IllegalArgumentException("pagalba.mail.inbound.protocol must be imap or imaps, not " + protocol);
        }
        if (pollSeconds < 1) {
            throw new IllegalArgumentException("pagalba.mail.inbound.poll-seconds must be at least 1");
        }
        if (folder == null || folder.isBlank()) {
            folder = "INBOX";
        }
        if (batchSize < 1) {
            batchSize = 500;
        }
    }

    boolean enabled() {
        return host != null && !host.isBlank();
    }
}
