package lt.pagalba.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a subject line tells: the request numbers in brackets that Pagalba's mails carry
 * ({@code [2026-000123]}), and what it is about without the reply and forward prefixes.
 */
final class MailSubjects {

    private static final Pattern NUMBER = Pattern.compile("\\[(\\d{4}-\\d{6})]");
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?i)((re|fw|fwd|aw|sv|ats|pers|atsakymas)\\s*:\\s*)+");

    private MailSubjects() {
    }

    /** The request numbers in brackets, in the order written. */
    static List<String> requestNumbers(String subject) {
        List<String> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(subject);
        while (number.find()) {
            numbers.add(number.group(1));
        }
        return numbers;
    }

    /** {@code Re: Fwd: Neveikia} is about {@code Neveikia}; a request number in brackets is not part of it either. */
    static String withoutReplyPrefix(String subject) {
        return NUMBER.matcher(REPLY_PREFIX.matcher(subject.strip()).replaceFirst("")).replaceAll("").strip();
    }
}
