package lt.pagalba.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import org.springframework.stereotype.Component;

/** Names of the clients behind a list of ratings, asked of the client module once per client. */
@Component
class ClientNames {

    private final ClientDirectory clients;

    ClientNames(ClientDirectory clients) {
        this.clients = clients;
    }

    Map<ClientId, String> of(Collection<Rating> ratings) {
        Map<ClientId, String> names = new HashMap<>();
        ratings.stream().map(Rating::clientId).filter(Objects::nonNull).distinct()
                .forEach(id -> clients.find(id).map(Client::name).ifPresent(name -> names.put(id, name)));
        return names;
    }
}
