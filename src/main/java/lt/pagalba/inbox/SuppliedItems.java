package lt.pagalba.inbox;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import lt.pagalba.request.RequestRegistration;

/**
 * The R2 items a sender writes in a mail, one per line as the automatic reply asks
 * ({@code Įmonė: UAB Bandymas}, {@code Telefonas: 8 612 34567}; English labels too), and the
 * sender's name from the From header when the lines do not give it.
 */
final class SuppliedItems {

    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        for (String l : new String[]{"imone", "imones pavadinimas", "bendrove", "company", "company name", "organisation", "organization"}) {
            LABELS.put(l, "company");
        }
        for (String l : new String[]{"vardas", "first name", "firstname", "given name", "name"}) {
            LABELS.put(l, "firstName");
        }
        for (String l : new String[]{"pavarde", "last name", "lastname", "surname", "family name"}) {
            LABELS.put(l, "lastName");
        }
        for (String l : new String[]{"vardas pavarde", "vardas, pavarde", "full name"}) {
            LABELS.put(l, "fullName");
        }
        for (String l : new String[]{"pareigos", "position", "job title", "title", "role"}) {
            LABELS.put(l, "position");
        }
        for (String l : new String[]{"telefonas", "tel", "tel.", "telefono numeris", "phone", "telephone", "phone number", "mobile"}) {
            LABELS.put(l, "phone");
        }
        for (String l : new String[]{"tikslas", "kreipinio tikslas", "tema", "purpose", "summary"}) {
            LABELS.put(l, "summary");
        }
    }

    private SuppliedItems() {
    }

    /** What the text and the sender's display name supply; absent items are null. */
    static RequestRegistration from(String text, String fromName, String fromAddress) {
        Map<String, String> found = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || colon > 40) {
                continue;
            }
            String label = LABELS.get(key(line.substring(0, colon)));
            String value = line.substring(colon + 1).strip();
            if (label != null && !value.isEmpty() && value.length() <= 200) {
                found.putIfAbsent(label, value);
            }
        }
        if (found.containsKey("fullName")) {
            split(found.get("fullName"), found);
        } else if (found.containsKey("firstName") && !found.containsKey("lastName")) {
            split(found.remove("firstName"), found);
        }
        if (!found.containsKey("firstName") && !found.containsKey("lastName") && fromName != null) {
            split(fromName.replace("\"", "").strip(), found);
        }
        return new RequestRegistration(null, found.get("company"), null, new RequestRegistration.Contact(
                found.get("firstName"), found.get("lastName"), found.get("position"), found.get("phone"), fromAddress),
                found.get("summary"), null, null, null, null);
    }

    /** {@code Jonas Jonaitis} → first name and surname; {@code Jonaitis, Jonas} too. One word is a first name only. */
    private static void split(String name, Map<String, String> found) {
        if (name == null || name.isBlank() || name.contains("@")) {
            return;
        }
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            found.put("lastName", n.substring(0, comma).strip());
            found.put("firstName", n.substring(comma + 1).strip());
            return;
        }
        int space = n.lastIndexOf(' ');
        if (space < 0) {
            found.put("firstName", n);
        } else {
            found.put("firstName", n.substring(0, space).strip());
            found.put("lastName", n.substring(space + 1).strip());
        }
    }

    /** {@code Įmonė} and {@code imone} are one label; so are {@code Company name} and {@code company  name}. */
    private static String key(String label) {
        String plain = Normalizer.normalize(label.strip().replace("*", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[-•\\s]+", "");
    }
}
