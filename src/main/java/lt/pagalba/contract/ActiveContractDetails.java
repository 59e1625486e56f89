package lt.pagalba.contract;

import lt.pagalba.client.ClientDetailsContributor;
import org.springframework.stereotype.Component;

/** Shows the contract valid today among a client's details. */
@Component
class ActiveContractDetails implements ClientDetailsContributor {

    private final ContractBook contracts;

    ActiveContractDetails(ContractBook contracts) {
        this.contracts = contracts;
    }

    @Override
    public String property() {
        return "activeContract";
    }

    @Override
    public Object detailsOf(String clientId) {
        return contracts.activeToday(clientId).orElse(null);
    }
}
