package lt.pagalba.request;

import java.util.List;

/**
 * A small suffix-stripping rule for Lithuanian, used on the words of a search (PostgreSQL has no
 * Lithuanian stemmer): the longest common noun or adjective ending (written without accents, as the
 * search compares) is cut off while at least {@value #SHORTEST_STEM} letters remain, and the rest is
 * matched as a prefix. {@code ataskaitos}, {@code ataskaitą} and {@code ataskaita} all become
 * {@code ataskait}; {@code išrašą} becomes {@code isras} and finds {@code išrašas}. Endings that change
 * the stem itself ({@code akmuo}, {@code akmens}) are not handled: such a word is found by its
 * common beginning typed by hand.
 */
final class LithuanianEndings {

    static final int SHORTEST_STEM = 3;

    // longest first: the first that fits is cut
    private static final List<String> ENDINGS = List.of(
            "iuose", "iomis", "iams", "iais", "omis", "emis", "imis", "umis", "uose",
            "ams", "ems", "oms", "ims", "ose", "ese", "yse", "ais", "ius", "iai", "ios", "ies", "iui",
            "as", "is", "ys", "us", "os", "es", "ai", "ei", "ui", "iu", "ia", "io", "ie",
            "a", "e", "i", "o", "u", "y");

    private LithuanianEndings() {
    }

    /** The word without its ending; the word itself when it is short or has none of the endings. */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
