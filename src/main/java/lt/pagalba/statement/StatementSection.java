package lt.pagalba.statement;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * "Statements" on the client page (for administrators and accountants): the report subscription and
 * its history, the forms, and the statements made so far. What a form just did comes through the
 * flash attributes of the redirect back to the page.
 */
@Component
class StatementSection implements PageSection<Client> {

    private final ReportSubscriptions subscriptions;
    private final StatementDesk statements;

    StatementSection(ReportSubscriptions subscriptions, StatementDesk statements) {
        this.subscriptions = subscriptions;
        this.statements = statements;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "statement/section";
    }

    @Override
    public Optional<Map<String, Object>> model(Client client) {
        Actor actor = Actor.current();
        boolean allowed = actor.hasRole(Role.ADMINISTRATOR) || actor.hasRole(Role.ACCOUNTANT);
        Map<String, Object> model = new HashMap<>();
        model.put("allowed", allowed);
        if (!allowed) {
            return Optional.of(model);
        }
        YearMonth lastMonth = YearMonth.from(Vilnius.today()).minusMonths(1);
        model.put("client", client);
        ClientId id = client.id();
        model.put("subscription", subscriptions.current(id).orElse(null));
        model.put("history", subscriptions.history(id));
        model.put("statements", statements.ofClient(id));
        model.put("frequencies", Frequency.values());
        model.put("now", LocalDateTime.now(Vilnius.ZONE).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        model.put("from", lastMonth.atDay(1).toString());
        model.put("to", lastMonth.atEndOfMonth().toString());
        // what a form just did, when it did (the template reads each key, present or not)
        for (String key : new String[]{"subscriptionNotice", "subscriptionError", "subscriptionForm", "statementNotice",
                "statementError"}) {
            model.put(key, null);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(attributes.getRequest());
            if (flash != null) {
                flash.forEach((k, v) -> {
                    if (v != null) {
                        model.put(k.equals("statementFrom") ? "from" : k.equals("statementTo") ? "to" : k, v);
                    }
                });
            }
        }
        return Optional.of(model);
    }
}
