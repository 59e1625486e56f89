package lt.pagalba.request;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns words typed in the search box into a PostgreSQL text query: accents dropped (the index is
 * accent-free, so {@code ataskaitą} and {@code ataskaita} meet), every word required, each as a
 * prefix ({@code atask} finds {@code ataskaita}).
 */
final class RequestSearchQuery {

    private RequestSearchQuery() {
    }

    static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String query = Arrays.stream(plain.split("[^\\p{L}\\p{N}-]+"))
                .map(word -> word.replaceAll("^-+|-+$", ""))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(word -> word.contains("-") ? "'" + word + "'" : word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
