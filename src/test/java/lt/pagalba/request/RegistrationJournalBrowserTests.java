package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal page as a day's work uses it (issue 13 item 8): sorting by a column both ways, several
 * statuses at once, paging that keeps every filter, Back that keeps the search box and the list in
 * step, saved views, and assigning or closing several requests at once. Each test lists only
 * requests with its own marker, so the other tests' requests do not count.
 */
class RegistrationJournalBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aColumnSortsBothWaysAndTheSortStaysInTheUrl() {
        String marker = unique("rk");
        for (String summary : List.of("Beta", "Alfa", "Gama")) {
            request(summary + " " + marker);
        }
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests?q=" + marker));

        page.click("#sort-summary a");
        page.waitForURL(Pattern.compile(".*sort=summary&direction=asc.*"));
        assertThat(page.locator("#journal-results tbody tr").first()).containsText("Alfa");
        assertThat(page.locator("#sort-summary")).hasAttribute("aria-sort", "ascending");
        assertThat(page.locator("#journal-q")).hasValue(marker);

        page.click("#sort-summary a");
        page.waitForURL(Pattern.compile(".*sort=summary&direction=desc.*"));
        assertThat(page.locator("#journal-results tbody tr").first()).containsText("Gama");
        assertThat(page.locator("#sort-summary")).hasAttribute("aria-sort", "descending");

        page.reload();
        assertThat(page.locator("#journal-results tbody tr").first()).containsText("Gama");
    }

    @Test
    void severalStatusesAreShownAtOnce() {
        String marker = unique("bs");
        request("Pirmas " + marker);
        request("Antras " + marker);
        String closed = request("Trečias " + marker);
        admin().post("/api/v1/requests/" + closed + "/status", "{\"status\": \"CLOSED\", \"note\": \"Nebereikia\"}");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests?q=" + marker));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(3);

        page.check("#f-status input[value=REGISTERED]");
        page.waitForURL(Pattern.compile(".*status=REGISTERED.*"));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(2);
        page.check("#f-status input[value=CLOSED]");
        page.waitForURL(Pattern.compile(".*status=REGISTERED&status=CLOSED.*"));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(3);
        page.uncheck("#f-status input[value=REGISTERED]");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(1);
    }

    @Test
    void pagingForwardAndBackKeepsEveryFilter() {
        String marker = unique("pg");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < RegistrationJournalPages.PAGE_SIZE + 2; i++) {
            numbers.add(admin().get("/api/v1/requests/" + request("Puslapis " + marker)).field("number"));
        }
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests?q=" + marker + "&status=REGISTERED&sort=number&direction=asc"));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(RegistrationJournalPages.PAGE_SIZE);

        page.click("#pager-next");
        page.waitForURL(Pattern.compile(".*page=1.*"));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(2);
        assertThat(page.locator("#journal-results tbody tr").first()).containsText(numbers.get(RegistrationJournalPages.PAGE_SIZE));
        assertThat(page.locator("#journal-q")).hasValue(marker);
        assertThat(page.locator("#f-status input[value=REGISTERED]")).isChecked();
        assertThat(page.locator("#journal-pager a[aria-current=page]")).hasText("2");

        page.click("#pager-previous");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(RegistrationJournalPages.PAGE_SIZE);
        assertThat(page.locator("#journal-results tbody tr").first()).containsText(numbers.get(0));
        assertThat(page).hasURL(Pattern.compile(".*q=" + marker + ".*status=REGISTERED.*sort=number&direction=asc.*"));
        page.click("#journal-pager a:text-is('2')");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(2);
    }

    @Test
    void backShowsTheSearchBoxAndTheListInStep() {
        String first = unique("pirmas");
        String second = unique("antras");
        request("Pirmoji paieška " + first);
        request("Antroji paieška " + second);
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests"));

        page.fill("#journal-q", first);
        page.waitForURL(Pattern.compile(".*q=" + first + ".*"));
        assertThat(page.locator("#journal-results tbody tr")).hasCount(1);
        page.fill("#journal-q", second);
        page.waitForURL(Pattern.compile(".*q=" + second + ".*"));
        assertThat(page.locator("#journal-results")).containsText("Antroji paieška");

        page.goBack();
        page.waitForURL(Pattern.compile(".*q=" + first + ".*"));
        assertThat(page.locator("#journal-results")).containsText("Pirmoji paieška");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(1);
        assertThat(page.locator("#journal-q")).hasValue(first);
    }

    @Test
    void aSavedViewOpensTheListAsItWasSaved() {
        String marker = unique("rd");
        request("Rodinys " + marker);
        String name = unique("Mano rodinys ");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests?q=" + marker + "&status=REGISTERED&status=ASSIGNED&sort=client"));
        assertThat(page.locator("#journal-views")).containsText("Be atsakingo");

        page.fill("#view-name", name);
        page.click("#save-view button[type=submit]");
        assertThat(page.locator("#journal-views a:text-is('" + name + "')")).isVisible();

        page.navigate(url("/requests"));
        page.click("#journal-views a:text-is('" + name + "')");
        assertThat(page.locator("#journal-q")).hasValue(marker);
        assertThat(page.locator("#f-status input[value=ASSIGNED]")).isChecked();
        assertThat(page.locator("#sort-client")).hasAttribute("aria-sort", "ascending");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(1);

        page.fill("#view-name", "");
        page.click("#save-view button[type=submit]", new Page.ClickOptions().setNoWaitAfter(true));
        assertThat(page.locator("#view-name")).hasJSProperty("validity.valueMissing", true);
    }

    @Test
    void severalRequestsAreAssignedAtOnceAndClosingTellsWhatWasRefused() {
        String consultant = consultant();
        String marker = unique("gr");
        String one = request("Pirmas " + marker);
        String two = request("Antras " + marker);
        String closed = request("Uždarytas " + marker);
        admin().post("/api/v1/requests/" + closed + "/status", "{\"status\": \"CLOSED\", \"note\": \"Nebereikia\"}");
        String closedNumber = admin().get("/api/v1/requests/" + closed).field("number");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests?q=" + marker + "&status=REGISTERED"));

        page.check("#select-" + admin().get("/api/v1/requests/" + one).field("number"));
        page.check("#select-" + admin().get("/api/v1/requests/" + two).field("number"));
        page.selectOption("#bulk-consultant", consultant);
        page.click("#bulk-assign");

        assertThat(page.locator("#bulk-done")).containsText(admin().get("/api/v1/requests/" + one).field("number"));
        assertThat(page).hasURL(Pattern.compile(".*q=" + marker + "&status=REGISTERED.*"));
        for (String id : List.of(one, two)) {
            var request = admin().get("/api/v1/requests/" + id).json();
            assertThat(request.path("assignments").get(0).path("consultant").asString()).isEqualTo(consultant);
            assertThat(request.path("assignments").get(0).path("role").asString()).isEqualTo("LEAD");
            assertThat(admin().get("/api/v1/requests/" + id + "/timeline").text()).contains("ASSIGNED");
        }

        page.navigate(url("/requests?q=" + marker));
        page.locator("#journal-results tbody input[name=ids]").all().forEach(box -> box.check());
        page.click("#bulk-close");
        assertThat(lastConfirmation).contains("Uždaryti visus pažymėtus kreipinius");
        assertThat(page.locator("#bulk-refused")).containsText(closedNumber);
        assertThat(page.locator("#bulk-done")).not().containsText(closedNumber);
        for (String id : List.of(one, two)) {
            assertThat(admin().get("/api/v1/requests/" + id).field("status")).isEqualTo("CLOSED");
        }
    }

    private String request(String summary) {
        Map<String, Object> body = Fixtures.phoneRequest(unique("UAB Žurnalas "), "z@zurnalas.lt");
        body.put("summary", summary);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        return created.field("id");
    }

    private String consultant() {
        String username = unique("k").toLowerCase();
        var made = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"Rūta","lastName":"Rutkienė","email":"%s@stekas.lt","phone":"+37061234567",
                 "roles":["CONSULTANT"],"password":"%s"}""".formatted(username, username, PASSWORD));
        if (made.status() != 201) {
            throw new IllegalStateException(made.toString());
        }
        return username;
    }
}
