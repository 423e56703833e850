package id.plaju.pelita.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Checks two running PELITA instances on one database behind nginx, as started by
 * {@code deploy/two-instances/check}: one migration run, one pseudonym key, the lockout counted
 * across both, exactly-once survey submission across both, and no submitted data lost when the
 * instance a user works on is killed (the user signs in again on the other). It drives Debian's
 * Chromium through the proxy and straight to each instance, and reads the database to verify.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesCheck {

    private static final String PASSWORD = "pelita123";

    private static final String PROXY = System.getProperty("pelita.cluster.proxy", "http://127.0.0.1:18080");
    private static final Map<String, String> INSTANCES = Map.of(
            "a", System.getProperty("pelita.cluster.a", "http://127.0.0.1:18081"),
            "b", System.getProperty("pelita.cluster.b", "http://127.0.0.1:18082"));
    private static final String JDBC = System.getProperty("pelita.cluster.jdbc");
    private static final Path PIDS = Path.of(System.getProperty("pelita.cluster.pids", "target/two-instances"));

    private static Playwright playwright;
    private static Browser browser;
    private static Connection db;

    @BeforeAll
    static void start() throws SQLException {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        db = DriverManager.getConnection(JDBC);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void theMigrationsRanOnceAndTheDemoDataWereLoadedOnce() throws Exception {
        long migrationFiles;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(number("select count(*) from flyway_schema_history where version is not null and success"))
                .isEqualTo(migrationFiles);
        assertThat(number("select count(distinct version) from flyway_schema_history where version is not null"))
                .isEqualTo(migrationFiles);
        // one instance ran them all, the other waited for it and found nothing left to do
        List<String> logs = List.of(Files.readString(PIDS.resolve("a.log")), Files.readString(PIDS.resolve("b.log")));
        assertThat(logs).filteredOn(log -> log.contains("Successfully applied " + migrationFiles + " migrations"))
                .hasSize(1);
        assertThat(logs).filteredOn(log -> log.contains("No migration necessary")).hasSize(1);
        assertThat(logs).filteredOn(log -> log.contains("Demo data ready")).hasSize(1);
        assertThat(number("select count(*) from unit")).isEqualTo(16);
        assertThat(number("select count(*) from employee")).isEqualTo(150);
        assertThat(number("select count(*) from user_account where username = 'admin'")).isEqualTo(1);
        assertThat(number("select count(*) from survey_round")).isEqualTo(5);
        assertThat(number("select count(*) from app_secret where name = 'survey-pseudonym-check'")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theLockoutCountsWrongPasswordsOnBothInstances() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            for (int attempt = 0; attempt < 5; attempt++) {
                signIn(page, INSTANCES.get(attempt % 2 == 0 ? "a" : "b"), "camat", "wrong-password-" + attempt);
                assertThat(page.getByText("Gagal masuk").or(page.getByText("Akun terkunci sementara"))).isVisible();
            }
            signIn(page, INSTANCES.get("b"), "camat", PASSWORD);
            assertThat(page.getByText("Akun terkunci sementara")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
        assertThat(number("select count(*) from user_account where username = 'camat' and locked_until is not null"))
                .isEqualTo(1);
        assertThat(number("select count(*) from audit_log where action = 'LOGIN_FAILED' and actor = 'camat'"))
                .isEqualTo(6);
    }

    @Test
    @Order(3)
    void aSurveyIsSubmittedOnceAcrossBothInstancesWithOnePseudonymKeyAndSurvivesAKilledInstance() throws Exception {
        long round = number("select id from survey_round where status = 'OPEN'");
        Set<String> before = new HashSet<>(openRoundPseudonyms(round));

        try (BrowserContext viaProxy = browser.newContext(); BrowserContext direct = browser.newContext()) {
            // pegawai through the proxy, which keeps them on one instance; the same person straight on the other
            Page first = viaProxy.newPage();
            signIn(first, PROXY, "pegawai", PASSWORD);
            waitForPortal(first);
            String home = route(viaProxy);
            String other = home.equals("a") ? "b" : "a";
            Page second = direct.newPage();
            signIn(second, INSTANCES.get(other), "pegawai", PASSWORD);
            waitForPortal(second);
            assertThat(route(direct)).isEqualTo(other);

            openRound(first, PROXY, round);
            first.locator("#survey-start").click();
            for (int i = 0; i < 20; i++) {
                String progress = first.locator("#survey-progress").innerText();
                first.locator("#choice-" + (1 + i % 5)).click();
                assertThat(first.locator("#survey-progress")).not().hasText(progress);
            }
            openRound(second, INSTANCES.get(other), round);
            second.locator("#survey-start").click();
            assertThat(second.locator("#survey-submit")).isVisible();

            // both submit at once, each on its own instance
            first.locator("#survey-submit").click();
            second.locator("#survey-submit").click();
            assertThat(first.locator("#survey-thanks")).isVisible();
            assertThat(second.locator("#survey-thanks")).isVisible();
            assertThat(number("select count(*) from survey_completion c join user_account a on a.employee_id = c.employee_id"
                    + " where a.username = 'pegawai' and c.round_id = " + round)).isEqualTo(1);

            // kepala answers on the other instance: every new pseudonym pairs with an earlier round's, which
            // the instance that loaded the demo data made, so all three used one key
            try (BrowserContext kepala = browser.newContext()) {
                Page page = kepala.newPage();
                signIn(page, INSTANCES.get(other), "kepala", PASSWORD);
                waitForPortal(page);
                openRound(page, INSTANCES.get(other), round);
                page.locator("#survey-start").click();
                for (int i = 0; i < 20; i++) {
                    String progress = page.locator("#survey-progress").innerText();
                    page.locator("#choice-" + (1 + i % 5)).click();
                    assertThat(page.locator("#survey-progress")).not().hasText(progress);
                }
                page.locator("#survey-submit").click();
                assertThat(page.locator("#survey-thanks")).isVisible();
            }
            Set<String> added = new HashSet<>(openRoundPseudonyms(round));
            added.removeAll(before);
            assertThat(added).as("one response from pegawai, one from kepala").hasSize(2);
            for (String pseudonym : added) {
                assertThat(number("select count(*) from survey_response where round_id <> " + round
                        + " and pseudonym = '" + pseudonym + "'")).as("earlier responses under the same pseudonym")
                        .isPositive();
            }

            // the instance pegawai worked on dies; nothing submitted is lost, and pegawai signs in on the other
            kill(home);
            first.navigate(PROXY + "/surveys");
            first.waitForURL(Pattern.compile(".*/login$"), new Page.WaitForURLOptions().setTimeout(60_000));
            signIn(first, PROXY, "pegawai", PASSWORD);
            waitForPortal(first);
            assertThat(route(viaProxy)).isEqualTo(other);
            first.navigate(PROXY + "/surveys");
            assertThat(first.locator("vaadin-side-nav")).isAttached();
            assertThat(first.locator("#round-" + round)).hasCount(0);
        }
        Set<String> after = new HashSet<>(openRoundPseudonyms(round));
        after.removeAll(before);
        assertThat(after).hasSize(2);
    }

    private static void signIn(Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    private static void waitForPortal(Page page) {
        page.waitForURL(url -> !url.endsWith("/login"));
        page.locator("vaadin-side-nav").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    private static void openRound(Page page, String base, long round) {
        page.navigate(base + "/surveys");
        page.locator("#round-" + round).click();
    }

    /** The instance that holds this browser's session: the route at the end of its session id. */
    private static String route(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map((Cookie c) -> c.value)
                .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElseThrow();
    }

    private static void kill(String instance) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(PIDS.resolve(instance + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("instance "
                + instance + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().join();
    }

    private static List<String> openRoundPseudonyms(long round) throws SQLException {
        List<String> pseudonyms = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select pseudonym from survey_response where round_id = ?")) {
            statement.setLong(1, round);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pseudonyms.add(rows.getString(1));
                }
            }
        }
        return pseudonyms;
    }

    private static long number(String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
