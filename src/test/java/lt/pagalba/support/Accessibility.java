package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package, installed once under target/ by this class) run in the page: a page is
 * accessible when axe finds no violation of WCAG 2.1 A and AA.
 */
final class Accessibility {

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private Accessibility() {
    }

    static synchronized Path axe() {
        if (!Files.exists(AXE)) {
            try {
                Process npm = new ProcessBuilder("npm", "install", "--prefix", "target/axe", "axe-core@4.14.1",
                        "--no-audit", "--no-fund").inheritIO().start();
                if (npm.waitFor() != 0 || !Files.exists(AXE)) {
                    throw new IllegalStateException("npm could not install axe-core 4.14.1");
                }
            } catch (IOException e) {
                throw new IllegalStateException("npm is needed for the accessibility checks", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return AXE;
    }

    /** Checks the page as it is now (the context must bypass the page's CSP to let axe in). */
    @SuppressWarnings("unchecked")
    static void assertClean(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe()));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))
                    .violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))
                """);
        assertThat(violations).as("axe-core on " + page.url()).isEmpty();
    }
}
