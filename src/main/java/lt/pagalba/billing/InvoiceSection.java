package lt.pagalba.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import org.springframework.stereotype.Component;

/** The client page lists the client's invoices (for those who may see them). */
@Component
class InvoiceSection implements PageSection<Client> {

    private final InvoiceBook book;

    InvoiceSection(InvoiceBook book) {
        this.book = book;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "billing/client-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Client client) {
        Actor actor = Actor.current();
        boolean allowed = actor.hasRole(Role.ACCOUNTANT) || actor.hasRole(Role.ADMINISTRATOR);
        return Optional.of(Map.of("allowed", allowed, "invoices", allowed ? book.list(client.id(), null, null, null) : List.of()));
    }
}
