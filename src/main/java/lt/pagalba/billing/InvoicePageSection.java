package lt.pagalba.billing;

import java.util.Map;

/**
 * Lets a module that builds on billing (the mail outbox) show a section on the invoice page without
 * billing depending on it. The template holds a fragment {@code section(model)}.
 */
public interface InvoicePageSection {

    String template();

    Map<String, Object> model(Invoice invoice);

    record View(String template, Map<String, Object> model) {
    }
}
