package lt.pagalba.billing;

/**
 * Who issued a document, as it prints their name and position (PVMĮ art. 80 asks who is responsible
 * for it): the staff member who did, or the seller's named person for what Pagalba issued by itself.
 */
public record Issuer(String name, String position) {
}
