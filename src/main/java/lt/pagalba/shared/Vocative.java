package lt.pagalba.shared;

import java.util.List;
import java.util.Map;

/**
 * The Lithuanian vocative of a first name, for greetings („Sveiki, Jonai!“): the common endings of
 * Lithuanian names change (Jonas → Jonai, Andrejas → Andrejau, Kęstutis → Kęstuti, Kazys → Kazy,
 * Paulius → Pauliau, Eglė → Egle); names ending otherwise (Ona, Marija, a foreign name) stay as they are.
 */
public final class Vocative {

    // longest ending first: -jas before -as, -ius before -us
    private static final List<Map.Entry<String, String>> ENDINGS = List.of(
            Map.entry("jas", "jau"), Map.entry("ius", "iau"), Map.entry("as", "ai"), Map.entry("is", "i"),
            Map.entry("ys", "y"), Map.entry("us", "au"), Map.entry("ė", "e"));

    private Vocative() {
    }

    public static String of(String firstName) {
        if (firstName == null || firstName.isBlank()) {
            return "";
        }
        String name = firstName.strip();
        int space = name.lastIndexOf(' ');
        String head = space < 0 ? "" : name.substring(0, space + 1);
        String last = name.substring(space + 1); // a double name declines its last part only here
        for (Map.Entry<String, String> ending : ENDINGS) {
            if (last.length() > ending.getKey().length() + 1 && last.endsWith(ending.getKey())) {
                return head + last.substring(0, last.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        return name;
    }
}
