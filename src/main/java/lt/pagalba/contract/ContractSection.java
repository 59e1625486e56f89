package lt.pagalba.contract;

import java.util.Map;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientPageSection;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;

/** The contracts on the client page. */
@Component
class ContractSection implements ClientPageSection {

    private final ContractBook contracts;

    ContractSection(ContractBook contracts) {
        this.contracts = contracts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "contract/section";
    }

    @Override
    public Map<String, Object> model(Client client) {
        return Map.of("client", client, "contracts", contracts.ofClient(client.id()), "today", Vilnius.today());
    }
}
