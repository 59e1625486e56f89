package lt.pagalba.billing;

/** A seller or buyer as an invoice names them, as they were on the day of issue; a buyer's bank account is unknown. */
public record Party(String name, String companyCode, String vatCode, String address, String iban) {
}
