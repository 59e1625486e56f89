package lt.pagalba.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.SharedChromium;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.PlaygroundTestSupport;
import lt.pagalba.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every staff page (found by following the links from the dashboard) and every public page, loaded
 * in Chromium under the app's own Content-Security-Policy: not one violation (no inline handler, no
 * inline script), and no 5xx. Then every form those pages have is sent with nothing but its CSRF
 * token and with every field garbled: each answer is a page with messages, never a 5xx.
 */
@ExtendWith(SharedChromium.class)
class EveryPageBrowserTests extends PlaygroundTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PAGES = 150;


    @Test
    void noPageBreaksTheContentSecurityPolicyOrFails() {
        String crawler = unique("crawl");
        staffMember(crawler, "ADMINISTRATOR", "CONSULTANT", "ACCOUNTANT");
        somethingOfEveryKind(crawler);

        try (BrowserContext context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT"))) {
            Page page = context.newPage();
            List<String> violations = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });
            logIn(page, crawler);
            Set<String> visited = crawl(page, List.of("/", "/profile", "/timesheet", "/requests/new", "/clients/new", "/billing",
                    "/invoices", "/staff", "/staff/new", "/feedback", "/outbox", "/working-calendar", "/mail/quarantine"), violations);
            for (String open : List.of("/pagalba", "/pagalba/papildyti", "/login")) {
                visit(context.newPage(), url(open), violations);
            }
            assertThat(violations).as("CSP violations and failed pages").isEmpty();
            assertThat(visited.size()).as("kinds of staff pages visited").isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void theTimesheetsConsultantSelectorShowsThatConsultantsWeek() {
        String consultant = unique("savait");
        staffMember(consultant, "CONSULTANT");
        try (BrowserContext context = SharedChromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, ADMIN);
            page.navigate(url("/timesheet"));
            page.selectOption("#timesheet-consultant", consultant);
            page.waitForURL(u -> u.contains("consultant=" + consultant));
            assertThat(page.locator("#timesheet-consultant")).hasValue(consultant);
        }
    }

    @Test
    void everyFormSentEmptyOrGarbledComesBackWithoutAServerError() {
        String poster = unique("forms");
        staffMember(poster, "ADMINISTRATOR", "CONSULTANT", "ACCOUNTANT");
        somethingOfEveryKind(poster);
        WebSession session = WebSession.loggedIn(port, poster, PASSWORD);
        Map<String, Element> forms = new LinkedHashMap<>();
        for (String path : staffPagesOf(session)) {
            Document html = Jsoup.parse(session.get(path).html(), url(path));
            for (Element form : html.select("form[method=post]")) {
                String action = form.attr("action");
                if (!action.contains("/logout") && !action.contains(poster) && !action.contains("/lang")) {
                    forms.putIfAbsent(pattern(action), form);
                }
            }
        }
        List<String> failures = new ArrayList<>();
        for (Element form : forms.values()) {
            String action = form.attr("action").replaceFirst("^https?://[^/]+", "");
            for (Map<String, String> fields : List.of(Map.<String, String>of(), garbled(form))) {
                var answer = session.post(action, withToken(form, fields));
                if (answer.status() >= 500) {
                    failures.add(action + " " + fields.keySet() + " → " + answer.status());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(forms.size()).as("kinds of forms tried").isGreaterThanOrEqualTo(15);
    }

    private Set<String> crawl(Page page, List<String> seeds, List<String> violations) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> patterns = new LinkedHashSet<>();
        while (!queue.isEmpty() && patterns.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!patterns.add(pattern(path))) {
                continue;
            }
            visit(page, url(path), violations);
            for (Object href : (List<?>) page.evalOnSelectorAll("a[href]", "links => links.map(a => a.getAttribute('href'))")) {
                String link = String.valueOf(href);
                if (link.startsWith("/") && !link.startsWith("//") && followable(link)) {
                    queue.add(link.replaceFirst("#.*$", ""));
                }
            }
        }
        return patterns;
    }

    private static void visit(Page page, String url, List<String> violations) {
        var response = page.navigate(url);
        if (response != null && response.status() >= 500) {
            violations.add(url + ": " + response.status());
        }
        page.waitForLoadState();
    }

    private List<String> staffPagesOf(WebSession session) {
        List<String> pages = new ArrayList<>(List.of("/", "/profile", "/timesheet", "/requests/new", "/clients/new", "/billing",
                "/staff/new", "/working-calendar", "/feedback", "/outbox"));
        Document home = Jsoup.parse(session.get("/requests").html());
        home.select("a[href^=/requests/]").stream().map(a -> a.attr("href")).filter(h -> h.matches("/requests/[0-9a-f-]{36}"))
                .limit(2).forEach(pages::add);
        Jsoup.parse(session.get("/clients").html()).select("a[href^=/clients/]").stream().map(a -> a.attr("href"))
                .filter(h -> h.matches("/clients/[0-9a-f-]{36}")).limit(2).forEach(pages::add);
        Jsoup.parse(session.get("/invoices").html()).select("a[href^=/invoices/]").stream().map(a -> a.attr("href"))
                .filter(h -> h.matches("/invoices/[0-9a-f-]{36}")).limit(2).forEach(pages::add);
        Jsoup.parse(session.get("/staff").html()).select("a[href^=/staff/]").stream().map(a -> a.attr("href"))
                .filter(h -> h.matches("/staff/[a-z0-9._-]+(/edit)?")).limit(4).forEach(pages::add);
        return pages;
    }

    /** Every named field with a value no form would send: text too long, not a number, not a date, not an option. */
    private static Map<String, String> garbled(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> garbage = List.of("ąčę\u0000<script>", "x".repeat(5000), "-1", "2026-13-45", "99999999999999999999", "'; DROP", "");
        int i = 0;
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (!name.equals("_csrf")) {
                fields.put(name, garbage.get(i++ % garbage.size()));
            }
        }
        return fields;
    }

    private static Map<String, String> withToken(Element form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Element token = form.selectFirst("input[name=_csrf]");
        if (token != null) {
            all.put("_csrf", token.attr("value"));
        }
        return all;
    }

    private static boolean followable(String link) {
        return !link.startsWith("/logout") && !link.startsWith("/api/") && !link.startsWith("/v3/") && !link.startsWith("/swagger")
                && !link.matches(".*[/.](pdf|xlsx|csv|raw|ubl|xml)(\\?.*)?$") && !link.startsWith("/mail/attachments") && !link.contains("lang=");
    }

    /** A path with its ids and numbers as placeholders: one visit per kind of page. */
    private static String pattern(String path) {
        return path.replaceFirst("^https?://[^/]+", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                .replaceAll("\\d{4}-\\d{6}", "{number}").replaceAll("\\?.*$", "");
    }

    private void logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", username.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD);
        page.click("#login-form button[type=submit]");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A client with a contact, a contract and a request with time on it, so that their pages exist. */
    private void somethingOfEveryKind(String consultant) {
        String client = client(unique("UAB Puslapiai "));
        admin().post("/api/v1/clients/" + client + "/contacts", "{\"firstName\":\"Ona\",\"lastName\":\"Onaitė\",\"email\":\"ona@puslapiai.lt\"}");
        admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number":"P-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":0,"allowances":[]}""");
        var request = Fixtures.phoneRequest(null, "p@puslapiai.lt");
        request.put("clientId", client);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        api().basic(consultant, PASSWORD).post("/api/v1/requests/" + requestId + "/work-entries", """
                {"consultant":"%s","workDate":"%s","minutes":30,"mode":"PHONE","category":"CONSULTATION","description":"Darbas"}"""
                .formatted(consultant, Vilnius.today()));
    }
}
