package lt.pagalba.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Accessibility;
import lt.pagalba.support.SharedChromium;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.PlaygroundTestSupport;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every staff page opened as the role that works on it, on a laptop (1366×768) and on a phone (390×844):
 * axe-core finds no serious or critical WCAG 2.1 AA violation, and on the phone nothing scrolls sideways.
 */
@ExtendWith(SharedChromium.class)
class StaffPagesAccessibilityBrowserTests extends PlaygroundTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int[][] SCREENS = {{1366, 768}, {390, 844}};


    @Autowired
    JdbcClient jdbc;

    @Test
    void everyStaffPageIsAccessibleAndFitsAPhoneForTheRoleThatWorksOnIt() {
        String consultant = unique("prieinam");
        String accountant = unique("prieibuh");
        staffMember(consultant, "CONSULTANT");
        staffMember(accountant, "ACCOUNTANT");
        Desk desk = somethingOfEveryKind(consultant, accountant);

        List<String> failures = new ArrayList<>();
        check(ADMIN, ADMIN_PASSWORD, List.of("/", "/requests/new", "/requests", "/requests/" + desk.requestId(),
                "/requests/" + desk.requestId() + "/registered", "/clients", "/clients/new", "/clients/" + desk.clientId(),
                "/clients/" + desk.clientId() + "/edit", "/clients/" + desk.clientId() + "/contracts/new", "/timesheet",
                "/staff", "/staff/new", "/staff/" + consultant, "/profile", "/feedback", "/outbox", "/working-calendar",
                "/reply-templates", "/mail/quarantine", "/invoices", "/reports"), failures);
        check(consultant, PASSWORD, List.of("/", "/requests", "/requests/" + desk.requestId(), "/timesheet", "/clients",
                "/clients/" + desk.clientId(), "/profile"), failures);
        check(accountant, PASSWORD, List.of("/", "/billing", "/invoices", "/invoices/" + desk.invoiceId(), "/accounting",
                "/reports", "/reports/revenue", "/reports/receivables", "/reports/feedback", "/reports/contract-hours",
                "/reports/load", "/clients/" + desk.clientId(), "/profile"), failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void theTopNavigationFitsOneLineAt1366InLithuanian() {
        String everyone = unique("visivaid");
        staffMember(everyone, "ADMINISTRATOR", "CONSULTANT", "ACCOUNTANT");
        try (BrowserContext context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT").setViewportSize(1366, 768))) {
            Page page = context.newPage();
            logIn(page, everyone, PASSWORD);
            // one line: every item of the bar overlaps every other vertically
            Object oneLine = page.evalOnSelectorAll(".topbar .brand, nav.modules > a, nav.modules > details > summary, .session a, .session button",
                    "items => { const r = items.map(e => e.getBoundingClientRect()).filter(b => b.width > 0);"
                            + " return Math.max(...r.map(b => b.top)) < Math.min(...r.map(b => b.bottom)); }");
            assertThat(oneLine).as("the top bar on one line").isEqualTo(true);
            assertThat(page.locator(".menu-toggle")).isHidden();

            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            assertThat(page.locator(".skip-link")).isVisible();
            page.keyboard().press("Enter");
            assertThat(page.locator("main#content")).isFocused();
        }
    }

    @Test
    void onAPhoneTheTopBarFoldsBehindAMenuButton() {
        try (BrowserContext context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT").setViewportSize(390, 844))) {
            Page page = context.newPage();
            logIn(page, ADMIN, ADMIN_PASSWORD);
            assertThat(page.locator("nav.modules")).isHidden();
            page.click("#menu-toggle");
            assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "true");
            page.click("#nav-more");
            page.click("nav.modules >> text=Darbo kalendorius");
            assertThat(page).hasURL(url("/working-calendar"));
        }
    }

    private void check(String username, String password, List<String> paths, List<String> failures) {
        for (int[] screen : SCREENS) {
            try (BrowserContext context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT")
                    .setViewportSize(screen[0], screen[1]).setBypassCSP(true))) {
                Accessibility.preload(context);
                Page page = context.newPage();
                page.setDefaultTimeout(15_000);
                logIn(page, username, password);
                for (String path : paths) {
                    Response response = page.navigate(url(path));
                    page.waitForLoadState();
                    String where = username + " " + screen[0] + " " + path;
                    if (response == null || response.status() >= 400) {
                        failures.add(where + ": " + (response == null ? "no answer" : response.status()));
                        continue;
                    }
                    try {
                        Accessibility.assertNoSeriousViolations(page);
                    } catch (AssertionError e) {
                        failures.add(where + ": " + e.getMessage());
                    }
                    if (screen[0] < 400) {
                        Object wide = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth, "
                                + "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                                + ".slice(0, 3).map(e => e.tagName + '.' + e.className + '#' + e.id)]");
                        List<?> sizes = (List<?>) wide;
                        if (((Number) sizes.get(0)).intValue() > ((Number) sizes.get(1)).intValue()) {
                            failures.add(where + ": scrolls sideways " + sizes);
                        }
                    }
                }
            }
        }
    }

    private void logIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    record Desk(String clientId, String requestId, String invoiceId) {
    }

    /** A client with rates, a contact, a contract, a request with time on it and an invoice of an old month. */
    private Desk somethingOfEveryKind(String consultant, String accountant) {
        String client = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","vatCode":"%s","address":"Gedimino pr. 1, Vilnius",
                 "email":"buhalterija@prieinama.lt","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(unique("UAB „Prieinama“ "), companyCode(), vatCode())).field("id");
        admin().post("/api/v1/clients/" + client + "/contacts", "{\"firstName\":\"Ona\",\"lastName\":\"Onaitė\",\"email\":\"ona@prieinama.lt\"}");
        admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number":"PR-1","validFrom":"2000-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":0,"allowances":[]}""");
        var request = Fixtures.phoneRequest(null, "p@prieinama.lt");
        request.put("clientId", client);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        api().basic(consultant, PASSWORD).post("/api/v1/requests/" + requestId + "/work-entries", """
                {"consultant":"%s","workDate":"%s","minutes":30,"mode":"PHONE","category":"CONSULTATION","description":"Darbas"}"""
                .formatted(consultant, Vilnius.today()));
        WorkEntryBuilder.aWorkEntry().of(60).minutes().on("2008-03-04").by(consultant).writtenInto(jdbc, client, requestId);
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs", "{\"period\":\"2008-03\"}");
        String invoiceId = null;
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(client)) {
                invoiceId = invoice.path("id").asString();
            }
        }
        assertThat(invoiceId).as("the old month's invoice: " + run.text()).isNotNull();
        return new Desk(client, requestId, invoiceId);
    }
}
