package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Billing runs (preview, run, result), the invoice list and the invoice page, for the accountant. */
@Controller
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'ADMINISTRATOR')")
class BillingPages {

    private final BillingRun runs;
    private final InvoiceBook book;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final InvoiceFiles files;
    private final java.util.List<PageSection<Invoice>> sections;

    BillingPages(BillingRun runs, InvoiceBook book, ClientDirectory clients, MessageSource messages, InvoiceFiles files,
                 java.util.List<PageSection<Invoice>> sections) {
        this.sections = sections;
        this.files = files;
        this.runs = runs;
        this.book = book;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/billing")
    String runsPage(Model model) {
        model.addAttribute("month", YearMonth.from(Vilnius.today()).minusMonths(1));
        return "billing/runs";
    }

    @PostMapping("/billing")
    @PreAuthorize("hasRole('ACCOUNTANT')")
    String run(@RequestParam YearMonth month, @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        var result = runs.run(month, dryRun, Actor.current());
        model.addAttribute("month", month);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("result", result);
        model.addAttribute("clientNames", result.invoices().stream().map(Invoice::clientId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> clients.get(ClientId.parse(id)).name())));
        return "billing/runs";
    }

    @GetMapping("/invoices")
    String list(@RequestParam(required = false) String clientId, @RequestParam(required = false) String period,
                @RequestParam(required = false) InvoiceType type, @RequestParam(required = false) InvoiceStatus status,
                Model model) {
        var list = book.list(clientId, Text.blankToNull(period), type, status);
        model.addAttribute("invoices", list);
        model.addAttribute("clientNames", list.stream().map(Invoice::clientId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> clients.get(ClientId.parse(id)).name())));
        model.addAttribute("types", InvoiceType.values());
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("filter", java.util.Map.of("period", period == null ? "" : period,
                "type", type == null ? "" : type.name(), "status", status == null ? "" : status.name()));
        return "billing/invoices";
    }

    @GetMapping("/invoices/{id}")
    String show(@PathVariable String id, Model model) {
        Invoice invoice = book.get(id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("client", clients.get(ClientId.parse(invoice.clientId())));
        model.addAttribute("entries", invoice.type() == InvoiceType.CREDIT_NOTE ? java.util.Map.of() : book.entriesBehind(id));
        model.addAttribute("related", book.list(invoice.clientId(), null, null, null).stream()
                .filter(i -> id.equals(i.basedOn()) || id.equals(i.corrects()) || i.id().equals(invoice.basedOn())
                        || i.id().equals(invoice.corrects())).toList());
        model.addAttribute("today", Vilnius.today());
        model.addAttribute("sections", PageSection.views(sections, invoice));
        return "billing/invoice";
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = "application/pdf")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return InvoiceFiles.download(files, id);
    }

    @PostMapping("/invoices/{id}/payment")
    @PreAuthorize("hasRole('ACCOUNTANT')")
    String paid(@PathVariable String id, @RequestParam(required = false) LocalDate paidOn, RedirectAttributes redirect) {
        attempt(redirect, () -> book.markPaid(id, paidOn, Actor.current()));
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/cancel")
    @PreAuthorize("hasRole('ACCOUNTANT')")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        attempt(redirect, () -> book.cancel(id, Actor.current()));
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/credit-note")
    @PreAuthorize("hasRole('ACCOUNTANT')")
    String credit(@PathVariable String id, RedirectAttributes redirect) {
        attempt(redirect, () -> book.creditNote(id, null, Actor.current()));
        return "redirect:/invoices/" + id;
    }

    private void attempt(RedirectAttributes redirect, Runnable action) {
        FormErrors.refusal(messages, action).ifPresent(message -> redirect.addFlashAttribute("actionError", message));
    }

}
