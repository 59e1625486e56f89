package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Vocative;

/**
 * The placeholders of reply templates, filled from the request, its contact and the consultant who
 * replies; a value that is not known (a request still waiting for the contact's name) is left empty.
 */
final class Placeholders {

    static final Set<String> NAMES = Set.of("request.number", "request.summary", "contact.firstName",
            "contact.firstName.vocative", "contact.lastName", "consultant.name");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");

    private Placeholders() {
    }

    /** The placeholders in the text that Pagalba does not know, in the order written. */
    static List<String> unknownIn(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1)) && !unknown.contains(m.group(0))) {
                unknown.add(m.group(0));
            }
        }
        return unknown;
    }

    static String fill(String text, RequestView request, String consultantName) {
        Map<String, String> values = Map.of(
                "request.number", request.number(),
                "request.summary", orEmpty(request.summary()),
                "contact.firstName", orEmpty(request.contact().firstName()),
                "contact.firstName.vocative", Vocative.of(request.contact().firstName()),
                "contact.lastName", orEmpty(request.contact().lastName()),
                "consultant.name", orEmpty(consultantName));
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
