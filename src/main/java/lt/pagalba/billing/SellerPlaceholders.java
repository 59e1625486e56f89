package lt.pagalba.billing;

import java.util.Optional;
import lt.pagalba.shared.SetupCheck;
import org.springframework.stereotype.Component;

/**
 * The seller's details are still application.yml's placeholders (company code 300000003, the example IBAN):
 * every document would name a vendor that does not exist. Read once at start-up, as the settings are.
 */
@Component
class SellerPlaceholders implements SetupCheck {

    static final String PLACEHOLDER_COMPANY_CODE = "300000003";
    static final String PLACEHOLDER_IBAN = "LT121000011101001000";

    private final Optional<SetupStep> pending;

    SellerPlaceholders(SellerDetails seller) {
        boolean placeholder = PLACEHOLDER_COMPANY_CODE.equals(seller.companyCode().replaceAll("\\s", ""))
                || PLACEHOLDER_IBAN.equals(seller.iban().replaceAll("\\s", ""));
        pending = placeholder ? Optional.of(new SetupStep("seller", "setup.seller", null)) : Optional.empty();
    }

    @Override
    public Optional<SetupStep> pending() {
        return pending;
    }

    @Override
    public boolean onEveryPage() {
        return true;
    }
}
