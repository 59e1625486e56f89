package lt.pagalba.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.stereotype.Component;

/**
 * The request page's work: its entries and corrections (R11), quick entry for those on the request,
 * and for the administrator and the lead a warning when the client has used 80 % or all of the
 * time its contract includes.
 */
@Component
class WorkSection implements PageSection<RequestView> {

    private final ConsultationJournal journal;
    private final UsageReport usage;

    WorkSection(ConsultationJournal journal, UsageReport usage) {
        this.journal = journal;
        this.usage = usage;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "journal/request-section";
    }

    @Override
    public Optional<Map<String, Object>> model(RequestView request) {
        Actor actor = Actor.current();
        List<WorkEntryView> entries = journal.ofRequest(request.id());
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("entries", entries);
        model.put("changeable", entries.stream().filter(e -> journal.canChange(e, actor)).map(WorkEntryView::id).toList());
        model.put("total", entries.stream().mapToInt(WorkEntryView::minutes).sum());
        boolean admin = actor.hasRole(Role.ADMINISTRATOR);
        model.put("canLog", admin || request.isAssigned(actor.name()));
        model.put("modes", WorkMode.values());
        model.put("categories", WorkCategory.values());
        model.put("today", Vilnius.today());
        model.put("usageWarning", null);
        boolean lead = request.lead().filter(actor.name()::equals).isPresent();
        if (request.client() != null && (admin || lead)) {
            Usage current = usage.currentUsage(request.client().id());
            if (current.warningLevel() > 0) {
                model.put("usageWarning", current);
            }
        }
        return Optional.of(model);
    }
}
