package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VAT identification number of an EU member state with its country prefix. A Lithuanian one
 * (PVM mokėtojo kodas) is {@code LT} and 9 digits whose 8th is 1 or 12 digits whose 11th is 1, the
 * last digit the weighted modulus-11 check digit; another state's is checked for that state's
 * format (a client in Latvia is invoiced with its {@code LV} and 11 digits). It is kept as the
 * tax offices write it: upper case, without spaces, dots or dashes ({@code lt 212 154 314} is
 * {@code LT212154314}). Written as its text in JSON.
 */
public record VatCode(String value) {

    /** The formats VIES gives for each member state's numbers (Greece is {@code EL}, Northern Ireland {@code XI}). */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")), Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")), Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")), Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")), Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")), Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")), Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")), Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")), Map.entry("LT", Pattern.compile("\\d{7}1\\d|\\d{10}1\\d")),
            Map.entry("LU", Pattern.compile("\\d{8}")), Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")), Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")), Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")), Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")), Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public VatCode {
        value = normalised(value);
        if (!hasValidShape(value)) {
            throw new IllegalArgumentException("Not a VAT number of an EU member state: " + value);
        }
    }

    public static boolean isValid(String text) {
        return hasValidShape(normalised(text));
    }

    /** The member state's prefix: {@code LT}, {@code LV}, … ({@code EL} for Greece). */
    public String prefix() {
        return value.substring(0, 2);
    }

    /** The ISO 3166 country of the number ({@code GR} for Greece's {@code EL}, {@code GB} for {@code XI}). */
    public String country() {
        return switch (prefix()) {
            case "EL" -> "GR";
            case "XI" -> "GB";
            default -> prefix();
        };
    }

    public boolean isLithuanian() {
        return "LT".equals(prefix());
    }

    /** The number without its country prefix, as Peppol's and i.SAF's fields of some states want it. */
    public String number() {
        return value.substring(2);
    }

    static String normalised(String text) {
        return text == null ? null : text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean hasValidShape(String text) {
        if (text == null || text.length() < 4) {
            return false;
        }
        Pattern format = FORMATS.get(text.substring(0, 2));
        String number = text.substring(2);
        if (format == null || !format.matcher(number).matches()) {
            return false;
        }
        return !text.startsWith("LT") || CheckDigits.valid(number);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
