package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Billing runs (preview, run, result), the invoice list and the invoice page, for the accountant. */
@Controller
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'ADMINISTRATOR')")
class BillingPages {

    private static final String ACCOUNTANT = "hasRole('ACCOUNTANT')";

    private final BillingRun runs;
    private final InvoiceBook book;
    private final InvoiceFiles files;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final List<PageSection<InvoiceView>> sections;

    BillingPages(BillingRun runs, InvoiceBook book, InvoiceFiles files, ClientDirectory clients, MessageSource messages,
                 List<PageSection<InvoiceView>> sections) {
        this.runs = runs;
        this.book = book;
        this.files = files;
        this.clients = clients;
        this.messages = messages;
        this.sections = sections;
    }

    @GetMapping("/billing")
    String runsPage(Model model) {
        model.addAttribute("month", YearMonth.from(Vilnius.today()).minusMonths(1));
        return "billing/runs";
    }

    @PostMapping("/billing")
    @PreAuthorize(ACCOUNTANT)
    String run(@RequestParam YearMonth month, @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        var result = runs.run(month, dryRun, Actor.current());
        model.addAttribute("month", month);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("result", result);
        model.addAttribute("clientNames", namesOf(result.invoices()));
        return "billing/runs";
    }

    @GetMapping("/invoices")
    String list(@RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String period,
                @RequestParam(required = false) InvoiceType type, @RequestParam(required = false) InvoiceStatus status,
                Model model) {
        PeriodFilter filter = PeriodFilter.of(period);
        List<InvoiceView> list = filter.matchesNothing() ? List.of() : book.list(clientId, filter.period(), type, status);
        model.addAttribute("invoices", list);
        model.addAttribute("clientNames", namesOf(list));
        model.addAttribute("types", InvoiceType.values());
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("filter", Map.of("period", period == null ? "" : period,
                "type", type == null ? "" : type.name(), "status", status == null ? "" : status.name()));
        return "billing/invoices";
    }

    @GetMapping("/invoices/{id}")
    String show(@PathVariable InvoiceId id, Model model) {
        InvoiceView invoice = book.get(id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("client", clients.get(invoice.clientId()));
        model.addAttribute("entries", invoice.type() == InvoiceType.CREDIT_NOTE ? Map.of() : book.entriesBehind(id));
        model.addAttribute("related", book.list(invoice.clientId(), null, null, null).stream()
                .filter(i -> id.equals(i.basedOn()) || id.equals(i.corrects()) || i.id().equals(invoice.basedOn())
                        || i.id().equals(invoice.corrects())).toList());
        model.addAttribute("today", Vilnius.today());
        model.addAttribute("sections", PageSection.views(sections, invoice));
        return "billing/invoice";
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = "application/pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable InvoiceId id) {
        return files.download(id);
    }

    @PostMapping("/invoices/{id}/payment")
    @PreAuthorize(ACCOUNTANT)
    String paid(@PathVariable InvoiceId id, @RequestParam(required = false) LocalDate paidOn, RedirectAttributes redirect) {
        if (paidOn == null) {
            redirect.addFlashAttribute("actionError", messages.getMessage("validation.required", null,
                    LocaleContextHolder.getLocale()));
        } else {
            attempt(redirect, () -> book.markPaid(id, paidOn, Actor.current()));
        }
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/cancel")
    @PreAuthorize(ACCOUNTANT)
    String cancel(@PathVariable InvoiceId id, RedirectAttributes redirect) {
        attempt(redirect, () -> book.cancel(id, Actor.current()));
        return "redirect:/invoices/" + id;
    }

    /** A credit note of the lines ticked (all that is left when none are), for the reason typed. */
    @PostMapping("/invoices/{id}/credit-note")
    @PreAuthorize(ACCOUNTANT)
    String credit(@PathVariable InvoiceId id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) List<String> lines, RedirectAttributes redirect) {
        List<CreditRequest> requests = lines == null ? List.of() : lines.stream().map(CreditRequest::all).toList();
        attempt(redirect, () -> book.creditNote(id, requests, reason, Actor.current()));
        return "redirect:/invoices/" + id;
    }

    private Map<ClientId, String> namesOf(Collection<InvoiceView> invoices) {
        return invoices.stream().map(InvoiceView::clientId).distinct()
                .collect(Collectors.toMap(id -> id, id -> clients.get(id).name()));
    }

    private void attempt(RedirectAttributes redirect, Runnable action) {
        FormErrors.refusal(messages, action).ifPresent(message -> redirect.addFlashAttribute("actionError", message));
    }
}
