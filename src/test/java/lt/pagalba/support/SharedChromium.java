package lt.pagalba.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright driver and one headless Chromium for every browser test of a test JVM, closed by JUnit
 * once they have all run. Each test still opens its own browser context: its own cookies, storage and
 * pages, nothing shared with the test before. Starting the driver and the browser for each test class
 * took about a second, 35 times in a run.
 */
public final class SharedChromium implements BeforeAllCallback {

    private static Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedChromium.class, key -> new Launched(), Launched.class);
    }

    /** The browser, for a class run with {@code @ExtendWith(SharedChromium.class)}. */
    public static Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("the browser is launched for classes run with @ExtendWith(SharedChromium.class)");
        }
        return browser;
    }

    /** The driver and the browser; JUnit closes it (an AutoCloseable in the root store) at the end of the run. */
    private static final class Launched implements AutoCloseable {

        private final Playwright playwright = BrowserTestSupport.startPlaywright();

        Launched() {
            browser = BrowserTestSupport.launchChromium(playwright);
        }

        @Override
        public void close() {
            browser = null;
            playwright.close();
        }
    }
}
