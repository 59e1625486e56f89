package lt.pagalba.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of a staff reply, made from its text and never from HTML anyone typed: every character
 * is escaped first; then blank lines make paragraphs, line breaks stay, lines that start with "- " or
 * "1. " make lists, lines that start with "&gt;" are quoted, {@code *words*} are bold and web addresses
 * become links.
 */
final class ReplyBody {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*(\\S(?:[^*\\n]*\\S)?)\\*");
    // in escaped text: up to a space or an escaped quote, and not ending in punctuation
    private static final Pattern LINK = Pattern.compile(
            "\\bhttps?://(?:(?!&quot;|&#39;)[^\\s<>])*(?:(?!&quot;|&#39;)[^\\s<>.,;:!?)])");

    private ReplyBody() {
    }

    static String html(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = paragraph.lines().toList();
            if (lines.stream().allMatch(line -> BULLET.matcher(line).matches())) {
                html.append(list("ul", lines, BULLET));
            } else if (lines.stream().allMatch(line -> NUMBERED.matcher(line).matches())) {
                html.append(list("ol", lines, NUMBERED));
            } else if (lines.stream().allMatch(line -> line.startsWith(">"))) {
                html.append("<blockquote style=\"margin:0 0 1em;padding-left:.8em;border-left:3px solid #ccc;color:#555\">")
                        .append(lines(lines.stream().map(line -> line.replaceFirst("^>\\s?", "")).toList()))
                        .append("</blockquote>");
            } else {
                html.append("<p>").append(lines(lines)).append("</p>");
            }
        }
        return html.toString();
    }

    private static String list(String tag, List<String> lines, Pattern item) {
        StringBuilder list = new StringBuilder("<").append(tag).append('>');
        for (String line : lines) {
            Matcher m = item.matcher(line);
            list.append("<li>").append(inline(m.matches() ? m.group(1) : line)).append("</li>");
        }
        return list.append("</").append(tag).append('>').toString();
    }

    private static String lines(List<String> lines) {
        return String.join("<br>", lines.stream().map(ReplyBody::inline).toList());
    }

    /** One line escaped, then its bold words and links (found in the escaped text, so nothing typed becomes markup). */
    private static String inline(String line) {
        String escaped = HtmlUtils.htmlEscape(line, "UTF-8");
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return LINK.matcher(bold).replaceAll(link ->
                Matcher.quoteReplacement("<a href=\"" + link.group() + "\">" + link.group() + "</a>"));
    }
}
