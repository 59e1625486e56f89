package lt.pagalba.servicelevel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's requests near or past their targets, in a real Chromium. */
class AtRiskBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesALateRequestFirstAndItsLeadSeesItToo() {
        String lead = unique("ona");
        staffMember(lead, "CONSULTANT");
        var body = Fixtures.phoneRequest(null, "ona@veluoja.lt");
        body.put("clientId", client(unique("UAB „Vėluoja“ ")));
        var created = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body));
        String id = created.field("id");
        String number = created.field("number");
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));
        jdbc.sql("UPDATE support_request SET received_at = received_at - interval '30 days' WHERE id = :id")
                .param("id", UUID.fromString(id)).update();
        jdbc.sql("UPDATE request_event SET occurred_at = occurred_at - interval '30 days' WHERE request_id = :id")
                .param("id", UUID.fromString(id)).update();

        logIn(ADMIN, ADMIN_PASSWORD);
        var row = page.locator("#at-risk tr[data-number='" + number + "'][data-target='FIRST_CONTACT']");
        assertThat(row).containsText("Praleistas pirmojo kontakto terminas");
        assertThat(row.locator(".left")).containsText("vėluoja");
        assertThat(row).containsText("Jonas Jonaitis");
        assertThat(page.locator("#at-risk tr[data-number='" + number + "'][data-target='RESOLUTION']")).isVisible();

        page.click("#logout");
        logIn(lead, PASSWORD);
        assertThat(page.locator("#at-risk tr[data-number='" + number + "'][data-target='FIRST_CONTACT']")).isVisible();
        assertThat(page.locator("#at-risk tbody tr:not([data-number='" + number + "'])")).hasCount(0);
    }
}
