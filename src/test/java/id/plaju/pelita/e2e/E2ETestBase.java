package id.plaju.pelita.e2e;


import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.plaju.pelita.TestClockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the application on a random port with the demo data, and Debian's
 * Chromium (never a downloaded one) driven by Playwright. All browser tests share one application,
 * on the tests' {@link id.plaju.pelita.TestClock} (a test that moves it resets it when done).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles("test")
@Tag("e2e")
abstract class E2ETestBase {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() {
        // two cores run the app, its database and Chromium: give a notification more than the default 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException(chromium + " not found: install Debian's chromium (apt-get install chromium)"
                    + " or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext(org.junit.jupiter.api.TestInfo test) throws Exception {
        // the last state of every test's page, to look at when one fails
        if (!page.isClosed()) {
            screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        }
        context.close();
    }

    static Browser browser() {
        return browser;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    /**
     * After sign-in Spring Security returns to {@code /} (or {@code /?continue} for a saved request);
     * heads and admins go on to {@code /dashboard}.
     */
    void waitForHome() {
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?continue|dashboard)?"));
        // the sign-in page sends the browser on with a script: wait until the portal has really loaded
        // (attached, not visible: on a phone the menu sits in a closed drawer)
        page.locator("vaadin-side-nav").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    /** Signs out through the menu and waits for the sign-in page. */
    void signOut() {
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

}
