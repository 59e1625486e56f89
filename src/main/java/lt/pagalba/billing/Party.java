package lt.pagalba.billing;

/**
 * A seller or buyer as an invoice names them, as they were on the day of issue: {@code address} is
 * the address on one line, the parts follow it (documents kept before addresses had parts have only
 * the line); a buyer's bank account is unknown.
 */
public record Party(String name, String companyCode, String vatCode, String address, String iban, String street,
                    String city, String postcode, String country, String bank) {

    /** A party named before addresses had parts. */
    public Party(String name, String companyCode, String vatCode, String address, String iban) {
        this(name, companyCode, vatCode, address, iban, null, null, null, null, null);
    }

    /** The party's country: the address's, else Lithuania. */
    public String countryOrLithuania() {
        return country == null ? "LT" : country;
    }
}
