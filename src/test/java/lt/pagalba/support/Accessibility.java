package lt.pagalba.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
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
public final class Accessibility {

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final Path NPM_LOG = Path.of("target", "axe", "npm-install.log");

    private Accessibility() {
    }

    public static synchronized Path axe() {
        if (!Files.exists(AXE)) {
            try {
                // npm's output goes to a file: written straight to the test JVM's stdout it corrupts
                // Surefire's channel to its forked JVM
                Files.createDirectories(NPM_LOG.getParent());
                ProcessBuilder install = new ProcessBuilder("npm", "install", "--prefix", "target/axe", "axe-core@4.14.1",
                        "--no-audit", "--no-fund", "--no-update-notifier")
                        .redirectErrorStream(true).redirectOutput(NPM_LOG.toFile());
                install.environment().put("NPM_CONFIG_UPDATE_NOTIFIER", "false");
                Process npm = install.start();
                if (npm.waitFor() != 0 || !Files.exists(AXE)) {
                    throw new IllegalStateException("npm could not install axe-core 4.14.1:\n" + Files.readString(NPM_LOG));
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

    /**
     * axe loaded into every page the context opens, before the page's own scripts: for a context that checks
     * every page it visits. Sending the 650 kB script with each check took about 0.3 s of the 0.9 s a check
     * costs; loaded this way it costs about 0.2 s more on each navigation.
     */
    public static void preload(BrowserContext context) {
        context.addInitScript(axe());
    }

    /** Checks the page as it is now (the context must bypass the page's CSP to let axe in). */
    public static void assertClean(Page page) {
        assertThat(violations(page, "")).as("axe-core on " + page.url()).isEmpty();
    }

    /** No serious or critical violation: what keeps a keyboard or screen-reader user from working the page. */
    public static void assertNoSeriousViolations(Page page) {
        assertThat(violations(page, "serious critical")).as("serious axe-core violations on " + page.url()).isEmpty();
    }

    /** The violations of WCAG 2.1 A and AA rules; with impacts named (space-separated), only those. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Page page, String impacts) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe()));
        }
        // resultTypes: only the violations are wanted, so axe keeps one node of each passed rule (the
        // same rules are run and the same violations found, in less of the browser's time)
        return (List<Map<String, Object>>) page.evaluate("""
                async (impacts) => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                                              resultTypes: ['violations']}))
                    .violations.filter(v => impacts === '' || impacts.split(' ').includes(v.impact))
                    .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))
                """, impacts);
    }
}
