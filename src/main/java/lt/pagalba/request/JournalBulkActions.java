package lt.pagalba.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator assigns a lead to, or closes, several requests chosen in the journal at once.
 * Each request goes through its aggregate in a transaction of its own, exactly as on its own page
 * (one timeline entry each, the same checks), so one refusal does not undo the others; the journal
 * then says which were done and which were refused, and why.
 */
@Controller
@RequestMapping("/requests/bulk")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class JournalBulkActions {

    private final RequestDesk desk;
    private final MessageSource messages;

    JournalBulkActions(RequestDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @PostMapping
    String act(@RequestParam(name = "ids", required = false) List<RequestId> ids,
               @RequestParam(required = false) String action, @RequestParam(required = false) String consultant,
               @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String journal = back != null && back.startsWith("/requests") && !back.startsWith("//") ? back : "/requests";
        Optional<String> problem = problem(ids, action, consultant);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("bulkRefused", new ArrayList<>(List.of(text(problem.get()))));
            return "redirect:" + journal;
        }
        List<String> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Actor actor = Actor.current();
        String note = text("journal.bulk.closeNote");
        for (RequestId id : ids) {
            String number = desk.get(id).number();
            Runnable change = action.equals("assign")
                    ? () -> desk.assign(id, consultant, AssignmentRole.LEAD, actor)
                    : () -> desk.changeStatus(id, RequestStatus.CLOSED, note, actor);
            FormErrors.refusal(messages, change).ifPresentOrElse(why -> refused.add(number + ": " + why), () -> done.add(number));
        }
        if (!done.isEmpty()) {
            redirect.addFlashAttribute("bulkDone", done);
        }
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("bulkRefused", refused);
        }
        return "redirect:" + journal;
    }

    private static Optional<String> problem(List<RequestId> ids, String action, String consultant) {
        if (ids == null || ids.isEmpty()) {
            return Optional.of("journal.bulk.none");
        }
        if (!"assign".equals(action) && !"close".equals(action)) {
            return Optional.of("journal.bulk.unknownAction");
        }
        return action.equals("assign") && Text.isBlank(consultant) ? Optional.of("journal.bulk.consultantRequired") : Optional.empty();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
