package lt.pagalba.billing;

/** A line of a VAT invoice to take back: all that is left on it, or so many of its minutes. */
public record CreditRequest(String line, Integer minutes) {

    public static CreditRequest all(String line) {
        return new CreditRequest(line, null);
    }
}
