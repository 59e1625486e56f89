package lt.pagalba.client;

import java.util.Map;

/**
 * Lets a module that builds on clients show a section on the client page (contracts, later
 * invoices) without the client module depending on it. The template holds a fragment
 * {@code section(model)}.
 */
public interface ClientPageSection {

    /** Sections are shown in this order, smallest first. */
    int order();

    /** The Thymeleaf template that has the {@code section(model)} fragment. */
    String template();

    /** What the fragment shows for this client. */
    Map<String, Object> model(Client client);

    /** A section ready to render. */
    record View(String template, Map<String, Object> model) {
    }
}
