package lt.pagalba.contract;

import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;

/** The contracts on the client page. */
@Component
class ContractSection implements PageSection<Client> {

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
    public Optional<Map<String, Object>> model(Client client) {
        return Optional.of(Map.of("client", client, "contracts", contracts.ofClient(client.id()), "today", Vilnius.today()));
    }
}
