package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal in a real Chromium (Debian's, never a downloaded one) against the application on a
 * random port with the demo data: sign-in, the chart drawn from the database, role menus, a
 * refused password and the remembered language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("e2e")
class PortalE2ETest {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
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
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    /** After sign-in Spring Security returns to {@code /}, or to {@code /?continue} for a saved request. */
    private void waitForHome() {
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?continue)?"));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Test
    void employeeSeesTheHeadcountChartDrawnAndClickable() throws Exception {
        signIn("pegawai", "pelita123");

        waitForHome();
        assertThat(page.locator("#page-title")).hasText("Beranda");
        page.locator("pelita-chart canvas").first().waitFor();
        page.waitForFunction("() => document.querySelector('pelita-chart').chart"
                + " && document.querySelector('pelita-chart').chart.getOption().series.length > 0");
        page.waitForTimeout(1200); // let the initial animation finish

        Map<?, ?> canvas = (Map<?, ?>) page.evaluate("""
                () => {
                  const c = document.querySelector('pelita-chart').shadowRoot.querySelector('canvas');
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let painted = 0;
                  for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
                  return { width: c.width, height: c.height, painted };
                }""");
        assertThat(((Number) canvas.get("width")).intValue()).isGreaterThan(600);
        assertThat(((Number) canvas.get("height")).intValue()).isGreaterThan(300);
        assertThat(((Number) canvas.get("painted")).intValue()).isGreaterThan(5_000);
        screenshot("home-pegawai");

        List<?> point = (List<?>) page.evaluate("""
                () => {
                  const el = document.querySelector('pelita-chart');
                  const option = el.chart.getOption();
                  const index = option.yAxis[0].data.indexOf('Kelurahan Plaju Ulu');
                  const value = option.series[0].data[index];
                  const [x, y] = el.chart.convertToPixel({ seriesIndex: 0 }, [value / 2, index]);
                  const box = el.getBoundingClientRect();
                  return [box.x + x, box.y + y];
                }""");
        page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
        assertThat(page.locator("vaadin-notification-card"))
                .containsText(Pattern.compile("Kelurahan Plaju Ulu: \\d+ pegawai"));

        assertThat(page.locator("vaadin-side-nav-item")).hasCount(1);
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void adminReachesTheAccountList() throws Exception {
        signIn("admin", "pelita123");

        waitForHome();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Pengguna")).click();
        page.waitForURL(url("/admin/users"));
        assertThat(page.locator("#accounts")).containsText("pegawai");
        assertThat(page.locator("#accounts")).containsText("Kepala Unit");
        screenshot("admin-users");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        signIn("pegawai", "not-the-password");

        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        screenshot("login-refused");

        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void theChosenLanguageIsRememberedAcrossSignIns() throws Exception {
        signIn("kepala", "pelita123");
        waitForHome();

        page.locator("#language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("#page-title")).hasText("Home");
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));

        signIn("kepala", "pelita123");
        waitForHome();
        assertThat(page.locator("#page-title")).hasText("Home");
        assertThat(page.locator("#logout")).containsText("Sign out");
        screenshot("home-kepala-english");
    }
}
