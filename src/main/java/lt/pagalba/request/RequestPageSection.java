package lt.pagalba.request;

import java.util.Map;

/**
 * Lets a module that builds on requests (the journal's work entries) show a section on the request
 * page. The template holds a fragment {@code section(model)}.
 */
public interface RequestPageSection {

    int order();

    String template();

    Map<String, Object> model(SupportRequest request);

    record View(String template, Map<String, Object> model) {
    }
}
