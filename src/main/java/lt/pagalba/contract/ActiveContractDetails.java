package lt.pagalba.contract;

import lt.pagalba.client.Client;
import lt.pagalba.shared.DetailsContributor;
import org.springframework.stereotype.Component;

/** Shows the contract valid today among a client's details. */
@Component
class ActiveContractDetails implements DetailsContributor<Client> {

    private final ContractBook contracts;

    ActiveContractDetails(ContractBook contracts) {
        this.contracts = contracts;
    }

    @Override
    public String property() {
        return "activeContract";
    }

    @Override
    public Object detailsOf(Client client) {
        return contracts.activeToday(client.id()).orElse(null);
    }
}
