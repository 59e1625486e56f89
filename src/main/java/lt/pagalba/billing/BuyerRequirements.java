package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.List;
import lt.pagalba.client.Client;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;

/**
 * PVMĮ art. 80: what a VAT invoice needs of its buyer besides the name — the address (street and
 * city), a Lithuanian company's code, and a buyer abroad its VAT number (the VAT code, when the buyer
 * is a VAT payer, is printed whenever it is known). Named by the client's field, so the accountant
 * knows what to fill in.
 */
final class BuyerRequirements {

    private BuyerRequirements() {
    }

    /** The client's fields a VAT invoice needs and the client lacks: {@code street}, {@code city}, {@code companyCode}, {@code vatCode}. */
    static List<String> missing(Client client) {
        List<String> missing = new ArrayList<>();
        if (client.postalAddress().street() == null) {
            missing.add("street");
        }
        if (client.postalAddress().city() == null) {
            missing.add("city");
        }
        if (client.isAbroad()) {
            if (client.vatCode() == null && client.companyCode() == null) {
                missing.add("vatCode");
            }
        } else if (client.companyCode() == null) {
            missing.add("companyCode");
        }
        return missing;
    }

    /** Refuses a VAT invoice for a client that lacks what it needs, naming every missing field ({@code client.street}, …). */
    static void require(Client client) {
        List<String> missing = missing(client);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream()
                    .map(field -> new FieldProblem("client." + field, "required", "invoice.buyer.missing." + field, client.name()))
                    .toList());
        }
    }
}
