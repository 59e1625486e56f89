package lt.pagalba.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.DetailsContributor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A client with its contacts and whatever other modules contribute, as one JSON object. */
@Component
class ClientDetails {

    private final ClientDirectory clients;
    private final List<DetailsContributor<Client>> contributors;
    private final JsonMapper json;

    ClientDetails(ClientDirectory clients, List<DetailsContributor<Client>> contributors, JsonMapper json) {
        this.clients = clients;
        this.contributors = contributors;
        this.json = json;
    }

    Map<String, Object> of(ClientId id) {
        Client client = clients.get(id);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = new LinkedHashMap<>(json.convertValue(client, Map.class));
        details.put("contacts", clients.contacts(id));
        details.putIfAbsent("activeContract", null);
        details.putIfAbsent("reportSubscription", null);
        details.putAll(DetailsContributor.collect(contributors, client));
        return details;
    }
}
