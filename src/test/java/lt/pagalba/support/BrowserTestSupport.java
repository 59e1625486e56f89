package lt.pagalba.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Pages tested in a real Chromium: Debian's {@code /usr/bin/chromium} (or {@code CHROME_PATH}),
 * driven by Playwright without downloading a browser of its own.
 */
@ExtendWith({SharedChromium.class, BrowserTestSupport.KeepFailedPage.class})
public abstract class BrowserTestSupport extends ApiTestSupport {

    protected BrowserContext context;
    protected Page page;

    /** Playwright without a browser download of its own: it drives the Chromium the machine has. */
    public static Playwright startPlaywright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Chromium with the flags this closed network needs. */
    public static Browser launchChromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @BeforeEach
    void openPage() {
        context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onDialog(accept);
    }

    /** Confirmations of irreversible actions are answered "OK", as a user who means it would; the text is kept. */
    private final Consumer<Dialog> accept = dialog -> {
        lastConfirmation = dialog.message();
        dialog.accept();
    };
    protected String lastConfirmation;

    /** The next confirmation the page asks is answered "Cancel" (later ones "OK" again); its text is kept. */
    protected void cancelNextConfirmation() {
        page.offDialog(accept);
        page.onceDialog(dialog -> {
            lastConfirmation = dialog.message();
            dialog.dismiss();
            page.onDialog(accept);
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /**
     * When a test fails, the page as it was then is kept under target/screenshots (a full-page PNG and its
     * HTML), to look at. Runs after the test method and before {@code @AfterEach} closes the page.
     */
    static final class KeepFailedPage implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext test) throws IOException {
            if (test.getExecutionException().isEmpty() || !(test.getRequiredTestInstance() instanceof BrowserTestSupport browserTest)
                    || browserTest.page == null || browserTest.page.isClosed()) {
                return;
            }
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName();
            browserTest.page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
            Files.writeString(dir.resolve(name + ".html"), browserTest.page.content());
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForURL(url("/"));
    }

    private static Path chromium() {
        String configured = System.getenv("CHROME_PATH");
        Path path = Path.of(configured != null ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Chromium not found at " + path + ": install Debian's chromium (see .ci/run)");
        }
        return path;
    }
}
