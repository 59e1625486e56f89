package lt.pagalba.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a module add a part to a page another module owns, without that module depending on it: the
 * journal's work on the request page, contracts and invoices on the client page, the outbox on the
 * invoice page, feedback follow-ups on the dashboard. {@code T} is what the page shows (a request,
 * a client, an invoice, the dashboard of one staff member); the owner collects every
 * {@code PageSection<T>} bean. The template holds a fragment {@code section(model)}.
 */
public interface PageSection<T> {

    /** Parts are shown in this order, smallest first. */
    int order();

    /** The Thymeleaf template that has the {@code section(model)} fragment. */
    String template();

    /** What the fragment shows for this subject; empty hides the part (from this viewer, say). */
    Optional<Map<String, Object>> model(T subject);

    /** A part ready to render. */
    record View(String template, Map<String, Object> model) {
    }

    /** The parts to show for this subject, in order. */
    static <T> List<View> views(List<? extends PageSection<T>> sections, T subject) {
        return sections.stream().sorted(Comparator.comparingInt(PageSection::order))
                .flatMap(section -> section.model(subject).map(model -> new View(section.template(), model)).stream())
                .toList();
    }
}
