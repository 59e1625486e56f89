package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal address in its parts, as invoices and e-invoices need it: street (with the house), city,
 * postcode and country (ISO 3166 alpha-2, Lithuania unless said otherwise). It is also written and
 * read as one line ({@code Gedimino pr. 1, LT-01103 Vilnius}), the way the address was kept before.
 */
public record PostalAddress(String street, String city, String postcode, String country) {

    public static final String LITHUANIA = "LT";

    /** A postcode as Lithuanians write it ({@code LT-01103}, {@code 01103}) or with another state's prefix ({@code LV-1010}). */
    private static final Pattern POSTCODE = Pattern.compile("(?:(?<prefix>[A-Z]{2})-)?(?<code>\\d{4,5})");
    private static final Pattern POSTCODE_AND_CITY = Pattern.compile("(?<postcode>(?:[A-Z]{2}-)?\\d{4,5})\\s+(?<city>\\D.*)");
    /** Country names written at the end of a one-line address. */
    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("lietuva", "LT"), Map.entry("lithuania", "LT"), Map.entry("latvija", "LV"), Map.entry("latvia", "LV"),
            Map.entry("estija", "EE"), Map.entry("estonia", "EE"), Map.entry("lenkija", "PL"), Map.entry("poland", "PL"),
            Map.entry("vokietija", "DE"), Map.entry("germany", "DE"), Map.entry("suomija", "FI"), Map.entry("finland", "FI"),
            Map.entry("švedija", "SE"), Map.entry("sweden", "SE"));

    // compiled once: an address is made for every client read (String.matches compiles its pattern each time)
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ANY_CASE_COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern LITHUANIAN_POSTCODE = Pattern.compile("(LT-?)?\\d{5}");

    public PostalAddress {
        street = Text.blankToNull(street);
        city = Text.blankToNull(city);
        country = Text.isBlank(country) ? LITHUANIA : country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODE.matcher(country).matches()) {
            throw new IllegalArgumentException("A country is its ISO 3166 alpha-2 code: " + country);
        }
        postcode = postcode(Text.blankToNull(postcode), country);
    }

    /** No address at all. */
    public static PostalAddress none() {
        return new PostalAddress(null, null, null, null);
    }

    public static boolean isCountryCode(String text) {
        return text == null || text.isBlank() || ANY_CASE_COUNTRY_CODE.matcher(text.trim()).matches();
    }

    /**
     * The parts of a one-line address: its last part names the city (after the postcode, if any),
     * a country name may end it, and what comes before is the street.
     */
    public static PostalAddress parse(String oneLine) {
        if (Text.isBlank(oneLine)) {
            return none();
        }
        List<String> parts = new ArrayList<>(List.of(oneLine.trim().split("\\s*,\\s*")));
        parts.removeIf(String::isBlank);
        String country = null;
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        if (parts.size() > 1 && COUNTRY_NAMES.containsKey(last.toLowerCase(Locale.ROOT))) {
            country = COUNTRY_NAMES.get(parts.remove(parts.size() - 1).toLowerCase(Locale.ROOT));
        } else if (parts.size() > 1 && COUNTRY_CODE.matcher(last).matches()) {
            country = parts.remove(parts.size() - 1);   // how oneLine() ends a foreign address
        }
        String postcode = takeLastIfPostcode(parts);
        String city = parts.isEmpty() ? null : parts.remove(parts.size() - 1);
        Matcher joined = city == null ? null : POSTCODE_AND_CITY.matcher(city);
        if (postcode == null && joined != null && joined.matches()) {
            postcode = joined.group("postcode");
            city = joined.group("city");
        } else if (postcode == null) {
            postcode = takeLastIfPostcode(parts);
        }
        if (country == null && postcode != null) {
            Matcher prefixed = POSTCODE.matcher(postcode);
            country = prefixed.matches() && prefixed.group("prefix") != null ? prefixed.group("prefix") : null;
        }
        return new PostalAddress(parts.isEmpty() ? null : String.join(", ", parts), city, postcode, country);
    }

    private static String takeLastIfPostcode(List<String> parts) {
        return !parts.isEmpty() && POSTCODE.matcher(parts.get(parts.size() - 1)).matches() ? parts.remove(parts.size() - 1) : null;
    }

    /** The address on one line; null when there is none. A foreign address ends with its country code. */
    public String oneLine() {
        List<String> parts = new ArrayList<>();
        if (street != null) {
            parts.add(street);
        }
        String place = String.join(" ", nonNull(postcode, city));
        if (!place.isEmpty()) {
            parts.add(place);
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (!LITHUANIA.equals(country)) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    /** What an invoice needs to address the buyer: the street and the city. */
    @JsonIgnore // derived, not data: neither the API nor the audit trail carries it
    public boolean isComplete() {
        return street != null && city != null;
    }

    @JsonIgnore // derived, not data: neither the API nor the audit trail carries it
    public boolean isEmpty() {
        return street == null && city == null && postcode == null;
    }

    @JsonIgnore // derived, not data: neither the API nor the audit trail carries it
    public boolean isLithuanian() {
        return LITHUANIA.equals(country);
    }

    /** A Lithuanian postcode with its prefix ({@code 01103} is {@code LT-01103}); other states' as written. */
    private static String postcode(String postcode, String country) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (LITHUANIA.equals(country) && LITHUANIAN_POSTCODE.matcher(compact).matches()) {
            return "LT-" + compact.substring(compact.length() - 5);
        }
        return postcode;
    }

    private static List<String> nonNull(String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }
}
