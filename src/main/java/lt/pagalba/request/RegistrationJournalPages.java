package lt.pagalba.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration journal: filters, sorting and paging all live in the URL, so Back, a bookmark and a
 * saved view show the same list with the same filter form. The filter form re-renders only the
 * results when sent by htmx (which pushes the URL); a history restore gets the whole page.
 */
@Controller
@RequestMapping("/requests")
class RegistrationJournalPages {

    static final int PAGE_SIZE = 25;
    private static final int MAX_NAME = 80;
    private static final int MAX_QUERY = 2000;
    // what JournalQuery writes (an encoded query); braces or spaces would be read as a redirect's template
    private static final Pattern QUERY = Pattern.compile("[\\w%&=.~+\\-,;:!$'()*@/?]*");

    /**
     * The journal's query parameters; {@code status} may come several times. {@code urgent=false} and
     * {@code notContacted} come from the dashboard's "see all" links, which open the journal on the
     * filter of their list.
     */
    record JournalParams(List<RequestStatus> status, Channel channel, String clientId, String consultant, Boolean urgent,
                         Boolean unassigned, LocalDate from, LocalDate to, String q, String sort, String direction,
                         Integer page, Boolean notContacted) {
    }

    /** A ready-made view: its name's message key and its link. */
    record ReadyView(String title, String url) {
    }

    private final RequestDesk desk;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final JournalViews views;
    private final MessageSource messages;

    RegistrationJournalPages(RequestDesk desk, ClientDirectory clients, StaffDirectory staff, JournalViews views, MessageSource messages) {
        this.messages = messages;
        this.desk = desk;
        this.clients = clients;
        this.staff = staff;
        this.views = views;
    }

    @GetMapping
    String journal(JournalParams params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        Client client = TypedId.tryParse(ClientId.class, params.clientId()).flatMap(clients::find).orElse(null);
        RequestFilter filter = filter(params, client);
        PageOf.Request page = PageOf.Request.of(params.page(), PAGE_SIZE);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("result", desk.search(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("journal", new JournalQuery(filter, page.page()));
        model.addAttribute("client", client);
        model.addAttribute("consultants", staff.consultants());
        // asked once here rather than by a sec:authorize on each of the page's rows
        model.addAttribute("administrator", Actor.current().hasRole(Role.ADMINISTRATOR));
        model.addAttribute("readyViews", readyViews(Actor.current()));
        model.addAttribute("savedViews", views.of(Actor.current().name()));
        return htmx != null && restore == null ? "request/journal :: results" : "request/journal";
    }

    /** Saves the list as it is (its query) under a name of the person's choosing; the same name again replaces it. */
    @PostMapping("/views")
    String saveView(@RequestParam(required = false) String name, @RequestParam(required = false) String query,
                    RedirectAttributes redirect) {
        String safeQuery = query == null || query.length() > MAX_QUERY || !QUERY.matcher(query).matches() ? "" : query;
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            redirect.addFlashAttribute("viewError", messages.getMessage(trimmed.isEmpty() ? "journal.view.name.required"
                    : "journal.view.name.tooLong", new Object[]{MAX_NAME}, LocaleContextHolder.getLocale()));
        } else {
            views.save(Actor.current().name(), trimmed, safeQuery);
        }
        return "redirect:/requests" + (safeQuery.isEmpty() ? "" : "?" + safeQuery);
    }

    @PostMapping("/views/{id}/delete")
    String deleteView(@PathVariable UUID id) {
        views.delete(Actor.current().name(), id);
        return "redirect:/requests";
    }

    private static RequestFilter filter(JournalParams params, Client client) {
        List<RequestStatus> statuses = params.status() == null ? List.of()
                : params.status().stream().filter(s -> s != null).toList();
        RequestFilter filter = new RequestFilter(client == null ? null : client.id(),
                statuses.isEmpty() ? null : EnumSet.copyOf(statuses), params.channel(),
                params.urgent(), Text.blankToNull(params.consultant()), false,
                params.from(), params.to(), params.q(), false)
                .orderedBy(RequestFilter.Sort.named(params.sort(), params.direction()).orElse(RequestFilter.Sort.NEWEST));
        RequestFilter led = Boolean.TRUE.equals(params.unassigned()) ? filter.withoutLead() : filter;
        return Boolean.TRUE.equals(params.notContacted()) ? led.withoutFirstContact() : led;
    }

    /** "My open", "unassigned" (the open ones nobody leads) and "waiting for the client" (for information or a confirmation). */
    private static List<ReadyView> readyViews(Actor viewer) {
        List<ReadyView> ready = new ArrayList<>();
        RequestFilter open = RequestFilter.any().open();
        ready.add(new ReadyView("journal.view.mine", new JournalQuery(open.workedOnBy(viewer.name()), 0).atPage(0)));
        ready.add(new ReadyView("journal.view.unassigned", new JournalQuery(open.withoutLead(), 0).atPage(0)));
        ready.add(new ReadyView("journal.view.waiting", new JournalQuery(RequestFilter.any().withStatus(
                EnumSet.of(RequestStatus.AWAITING_INFORMATION, RequestStatus.RESOLVED)), 0).atPage(0)));
        return ready;
    }
}
