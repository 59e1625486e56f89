package lt.pagalba.inbox;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML of an e-mail as text that keeps its paragraphs and line breaks; what HTML mailers mark as
 * the quoted earlier mail becomes {@code >} lines, so that {@link MailText#fold} finds it.
 */
final class HtmlText {

    private static final String QUOTE = "\uE000QUOTE\uE000";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "table", "tr", "pre", "blockquote", "section", "article", "header", "footer", "hr");

    private HtmlText() {
    }

    /** HTML as text: paragraphs and blocks on their own lines, {@code <br>} as a line break, list items with a dash. */
    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        // quoted earlier mail in HTML mailers: keep it as "> " lines so folding finds it
        for (Element quote : document.select("blockquote, div.gmail_quote, div#divRplyFwdMsg, div#appendonsend ~ *")) {
            quote.prependChild(new TextNode(QUOTE));
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text().replace('\u00a0', ' '));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (BLOCKS.contains(tag)) {
                        newLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("li"))) {
                    newLine(text);
                    if (e.normalName().equals("p")) {
                        text.append('\n');
                    }
                }
            }
        }, document.body());
        return markQuotes(MailText.tidy(text.toString()));
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Lines after an HTML quote marker become quoted ({@code >}) lines. */
    private static String markQuotes(String text) {
        int at = text.indexOf(QUOTE);
        if (at < 0) {
            return text;
        }
        String before = text.substring(0, at);
        String quoted = text.substring(at).replace(QUOTE, "");
        StringBuilder out = new StringBuilder(before);
        newLine(out);
        for (String line : quoted.split("\n", -1)) {
            out.append("> ").append(line).append('\n');
        }
        return MailText.tidy(out.toString());
    }
}
