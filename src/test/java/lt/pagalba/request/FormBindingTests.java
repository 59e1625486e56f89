package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A form post with fields missing or malformed gets its form back with a message beside each field,
 * never a 500: the public form, its completion form and the phone intake, whatever a browser (or
 * anyone else) leaves out.
 */
class FormBindingTests extends ApiTestSupport {

    @Test
    void thePublicFormWithoutAnyContactFieldComesBackWithTheirMessages() {
        String company = unique("UAB Be kontakto ");
        var page = new WebSession(port).submit("/pagalba", "/pagalba", Map.of("companyName", company, "summary", "s"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"web-form\"", "id=\"contact.firstName-error\"", "id=\"contact.email-error\"")
                .doesNotContain("registered-number");
        assertThat(admin().get("/api/v1/clients?q=" + company.replace(' ', '+')).json().path("total").asInt()).isZero();
    }

    @Test
    void thePublicFormWithOnlyItsTokenNamesEveryField() {
        var page = new WebSession(port).submit("/pagalba", "/pagalba", Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"companyName-error\"", "id=\"summary-error\"", "id=\"contact.phone-error\"");
    }

    @Test
    void theCompletionFormWithoutContactFieldsOrWithNothingComesBack() {
        var unknown = new WebSession(port).submit("/pagalba/papildyti", "/pagalba/papildyti",
                Map.of("number", "2026-999999", "email", "nera@pavyzdys.lt"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.html()).contains("id=\"complete-form\"", "id=\"form-error\"");

        var empty = new WebSession(port).submit("/pagalba/papildyti", "/pagalba/papildyti", Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html()).contains("id=\"number-error\"", "id=\"email-error\"");
    }

    @Test
    void thePhoneIntakeWithMissingOrMalformedFieldsComesBack() {
        WebSession administrator = WebSession.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        var empty = administrator.submit("/requests/new", "/requests/new", Map.of());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html()).contains("id=\"intake-form\"");

        var malformed = administrator.submit("/requests/new", "/requests/new", Map.of("channel", "TELEGRAPH",
                "urgent", "maybe", "receivedAt", "yesterday", "companyName", "UAB X", "contact.firstName", "Ona"));
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.html()).contains("id=\"intake-form\"").doesNotContain("registered-number");
    }
}
