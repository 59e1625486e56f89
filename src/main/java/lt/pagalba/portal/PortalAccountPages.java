package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import lt.pagalba.billing.PriceSoFar;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.Usage;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.statement.ClientStatements;
import lt.pagalba.statement.Frequency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hours of this period against the active contract (the usage read model the client page uses),
 * and statements by e-mail (R12): asked for or stopped here, with the portal session as evidence.
 */
@Controller
@RequestMapping("/portal")
class PortalAccountPages {

    private final UsageReport usage;
    private final ClientStatements statements;
    private final ClientDirectory clients;
    private final PriceSoFar prices;

    PortalAccountPages(UsageReport usage, ClientStatements statements, ClientDirectory clients, PriceSoFar prices) {
        this.usage = usage;
        this.statements = statements;
        this.clients = clients;
        this.prices = prices;
    }

    /** This period and the eleven before it, with the largest figure as the chart's scale (as on the client page). */
    record Hours(Usage current, List<Usage> history, int scale) {
    }

    /** Without a contract, the time worked this period also shows its price so far (null with a contract or without a rate). */
    @GetMapping("/hours")
    String hours(PortalUser user, Model model) {
        Client client = clients.get(user.clientId());
        List<Usage> history = usage.recentHistory(client, 12);
        int scale = Math.max(1, history.stream().flatMap(u -> u.categories().stream())
                .mapToInt(Usage.CategoryUsage::billableMinutes).max().orElse(1));
        Usage current = history.get(history.size() - 1);
        model.addAttribute("hours", new Hours(current, history, scale));
        model.addAttribute("price", prices.of(client, current).orElse(null));
        return "portal/hours";
    }

    @GetMapping("/statements")
    String subscription(PortalUser user, Model model) {
        model.addAttribute("subscription", statements.subscription(user.clientId()).orElse(null));
        model.addAttribute("email", user.email());
        return "portal/statements";
    }

    @PostMapping("/statements/subscription")
    String subscribe(PortalUser user, @RequestParam(name = "frequency", required = false) String frequency,
                     HttpServletRequest request, RedirectAttributes redirect) {
        Frequency chosen = "QUARTER".equals(frequency) ? Frequency.QUARTER : "MONTH".equals(frequency) ? Frequency.MONTH : null;
        if (chosen == null) {
            redirect.addFlashAttribute("frequencyError", true);
            return "redirect:/portal/statements";
        }
        statements.subscribe(user.clientId(), new EmailAddress(user.email()), chosen, evidence(user, request), user.actor());
        redirect.addFlashAttribute("subscribed", true);
        return "redirect:/portal/statements";
    }

    @PostMapping("/statements/subscription/cancel")
    String unsubscribe(PortalUser user, HttpServletRequest request, RedirectAttributes redirect) {
        // a second click (another tab) finds nothing to stop: the page then simply shows the state
        if (statements.subscription(user.clientId()).isPresent()) {
            statements.unsubscribe(user.clientId(), evidence(user, request), user.actor());
            redirect.addFlashAttribute("unsubscribed", true);
        }
        return "redirect:/portal/statements";
    }

    /** Who asked, from which session and address; when is recorded beside it. */
    private static String evidence(PortalUser user, HttpServletRequest request) {
        return "portal: " + user.email() + ", session " + user.sessionMark() + ", IP " + request.getRemoteAddr();
    }
}
