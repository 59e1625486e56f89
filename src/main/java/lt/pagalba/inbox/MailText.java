package lt.pagalba.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readable text of an e-mail: the earlier mail a reply quotes folded away from what the sender
 * wrote now (an HTML mail is first made text by {@link HtmlText}).
 */
final class MailText {

    /** What the sender wrote now, and what they quoted (kept, but not in the description). */
    record Folded(String fresh, String quoted) {
    }

    private static final Pattern WROTE = Pattern.compile(
            "^(On\\s.+\\swrote:|.+\\s(rašė|raše|rase):|Am\\s.+\\sschrieb.*:)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^-{2,}\\s*(Original Message|Pradinis laiškas|Originalus laiškas|Forwarded message|Persiųstas laiškas)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\*?(From|Nuo|Siuntėjas):\\*?\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\*?(Sent|Date|Išsiųsta|Data|Siųsta):\\*?\\s.+", Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    /** Trailing spaces off, at most one empty line in a row, no empty lines at the ends. */
    static String tidy(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean lastEmpty = true;
        for (String line : lines) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                if (!lastEmpty) {
                    out.append('\n');
                }
                lastEmpty = true;
            } else {
                out.append(l).append('\n');
                lastEmpty = false;
            }
        }
        return out.toString().strip();
    }

    /**
     * Splits a reply into what is new and what it quotes: {@code >} lines, an {@code On … wrote:} or
     * {@code … rašė:} line with all after it, an Outlook header block (From:/Sent:) or an
     * {@code Original Message} line with all after it.
     */
    static Folded fold(String text) {
        String[] lines = tidy(text).split("\n", -1);
        List<String> fresh = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (ORIGINAL.matcher(trimmed).matches() || WROTE.matcher(trimmed).matches()
                    || (OUTLOOK_FROM.matcher(trimmed).matches() && sentFollows(lines, i))
                    || wroteSpansTwoLines(lines, i)) {
                for (int j = i; j < lines.length; j++) {
                    quoted.add(lines[j]);
                }
                break;
            }
            if (trimmed.startsWith(">")) {
                quoted.add(line);
            } else {
                fresh.add(line);
            }
        }
        return new Folded(tidy(String.join("\n", fresh)), tidy(String.join("\n", quoted)));
    }

    private static boolean sentFollows(String[] lines, int from) {
        for (int j = from + 1; j < Math.min(lines.length, from + 4); j++) {
            if (OUTLOOK_SENT.matcher(lines[j].trim()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Gmail wraps a long {@code On … wrote:} line (date, name and address) over two lines. */
    private static boolean wroteSpansTwoLines(String[] lines, int i) {
        return i + 1 < lines.length && lines[i].trim().startsWith("On ")
                && WROTE.matcher(lines[i].trim() + " " + lines[i + 1].trim()).matches()
                && (i + 2 >= lines.length || lines[i + 2].trim().isEmpty() || lines[i + 2].trim().startsWith(">"));
    }
}
