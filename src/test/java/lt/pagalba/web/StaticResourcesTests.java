package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The static files are still served now that page links are written as they are (no lookup in the
 * resource chain, web/WebConfiguration), htmx without its version in the link.
 */
class StaticResourcesTests extends ApiTestSupport {

    @Test
    void theStylesheetTheScriptAndHtmxAreServed() {
        var css = api().get("/css/pagalba.css");
        var js = api().get("/js/pagalba.js");
        var htmx = api().get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.text()).contains(".topbar");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).contains("javascript");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.text()).contains("htmx");
    }

    @Test
    void aPageLinkIsNotLookedUpAsAFileAndUnknownFilesAreMissing() {
        assertThat(api().get("/css/nera.css").status()).isEqualTo(404);
        assertThat(api().get("/static/css/pagalba.css").status()).as("only under its own path").isNotEqualTo(200);
    }
}
