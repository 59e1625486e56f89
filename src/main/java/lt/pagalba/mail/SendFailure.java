package lt.pagalba.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.mail.MailSendException;

/**
 * Why a mail was not sent, and what that means for it: a recipient the server rejects for good (or an
 * address that is no address) is given up at once; a server that cannot be reached stops the round,
 * as every other mail would fail the same way; anything else is tried again later.
 */
record SendFailure(Kind kind, String reason) {

    enum Kind { PERMANENT, UNREACHABLE, TRANSIENT }

    private static final int MAX_REASON = 2000;

    static SendFailure of(Exception failure) {
        Kind kind = Kind.TRANSIENT;
        for (Throwable t : causes(failure)) {
            if (t instanceof AddressException
                    || t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0
                    && (s.getValidSentAddresses() == null || s.getValidSentAddresses().length == 0)) {
                kind = Kind.PERMANENT;
                break;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                kind = Kind.UNREACHABLE;
            }
        }
        return new SendFailure(kind, reason(failure));
    }

    /** The failure and everything behind it: causes, a MessagingException's next ones, each message's failure. */
    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> unvisited = new ArrayDeque<>();
        unvisited.add(failure);
        while (!unvisited.isEmpty()) {
            Throwable t = unvisited.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                unvisited.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                unvisited.add(m.getNextException());
            }
            if (t instanceof MailSendException m) {
                m.getFailedMessages().values().forEach(unvisited::add);
            }
        }
        return all;
    }

    /** Spring's summary left out: what failed, then what caused it (the server's answer, the refused connection). */
    private static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t : causes(failure)) {
            String message = t.getMessage();
            if (t instanceof MailSendException || message == null || message.isBlank() || reason.indexOf(message.strip()) >= 0) {
                continue;
            }
            reason.append(reason.isEmpty() ? "" : "; ").append(t.getClass().getSimpleName()).append(": ").append(message.strip());
            if (t instanceof AddressException a && a.getRef() != null) {
                reason.append(" (").append(a.getRef()).append(')');
            }
        }
        String text = reason.isEmpty() ? failure.toString() : reason.toString();
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }
}
