package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal as people first meet it: sign-in, the chart drawn from the database, role menus, a
 * refused password and the remembered language.
 */
class PortalE2ETest extends E2ETestBase {

    @Test
    void employeeSeesTheirJpGaugeDrawn() throws Exception {
        signIn("pegawai", "pelita123");

        waitForHome();
        assertThat(page.locator("#page-title")).hasText("Beranda");
        page.locator("#jp-gauge canvas").first().waitFor();
        page.waitForTimeout(1200); // let the initial animation finish
        Map<?, ?> canvas = (Map<?, ?>) page.evaluate("""
                () => {
                  const c = document.querySelector('#jp-gauge').shadowRoot.querySelector('canvas');
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let painted = 0;
                  for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
                  return { width: c.width, height: c.height, painted };
                }""");
        assertThat(((Number) canvas.get("width")).intValue()).isGreaterThan(200);
        assertThat(((Number) canvas.get("painted")).intValue()).isGreaterThan(2_000);
        assertThat(page.locator("#home-waiting")).containsText("survei terbuka");
        screenshot("home-pegawai");

        // Beranda, Pelatihan, Kebutuhan, JP, Riwayat, Kinerja, Survei
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(7);

        // an employee cannot open the unit dashboard, not even by typing its address
        page.navigate(url("/dashboard"));
        page.waitForTimeout(1500);
        assertThat(page.locator("#chart-participation")).hasCount(0);
        assertThat(page.locator("#not-found")).containsText("peran Anda tidak berhak membukanya");
        assertThat(page.locator("body")).not().containsText("Pegawai dengan ≥ 20 JP");
        screenshot("dashboard-refused-pegawai");
        page.navigate(url("/"));
        waitForHome();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void aHeadClicksAUnitOnTheDashboardToDrillDown() throws Exception {
        signIn("camat", "pelita123");
        waitForHome();
        page.waitForURL(url("/dashboard"));
        page.waitForFunction("() => document.querySelector('#chart-participation').chart"
                + " && document.querySelector('#chart-participation').chart.getOption().series.length > 0");
        page.waitForTimeout(1200);
        screenshot("dashboard-camat");

        List<?> point = (List<?>) page.evaluate("""
                () => {
                  const el = document.querySelector('#chart-participation');
                  el.scrollIntoView({ block: 'center' });
                  const option = el.chart.getOption();
                  const index = option.yAxis[0].data.indexOf('Kelurahan Plaju Ulu');
                  const value = option.series[0].data[index];
                  const [x, y] = el.chart.convertToPixel({ seriesIndex: 0 }, [value / 2, index]);
                  const box = el.getBoundingClientRect();
                  return [box.x + x, box.y + y];
                }""");
        page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());

        assertThat(page.locator("#dashboard-unit input")).hasValue("Kelurahan Plaju Ulu");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeadExportsAPanelAsXlsx() throws Exception {
        jdbc.sql("update user_account set preferred_locale = null where username = 'kepala'").update();
        signIn("kepala", "pelita123");
        waitForHome();
        page.waitForURL(url("/dashboard"));
        // every panel's chart is drawn in the browser, with data — but the trained vs not trained
        // comparison, which is published for the whole organisation only and says so
        page.waitForFunction("""
                () => { const charts = [...document.querySelectorAll('pelita-chart')];
                        const trained = document.querySelector('#panel-trained-vs-not pelita-chart');
                        return charts.length === 16 && charts.every(c => c.chart)
                            && charts.filter(c => c !== trained).every(c => c.chart.getOption().series.length > 0)
                            && trained.chart.getOption().title[0].text.includes('seluruh organisasi'); }""");
        page.locator("#show-data-jp-compliance").click();
        Download download = page.waitForDownload(() -> page.locator("#export-xlsx-jp-compliance").click());
        assertThat(download.suggestedFilename()).startsWith("pelita-jp-compliance-").endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Hijau (≥ 20)");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kelurahan Plaju Ulu");
            double staff = sheet.getRow(1).getCell(1).getNumericCellValue() + sheet.getRow(1).getCell(2).getNumericCellValue()
                    + sheet.getRow(1).getCell(3).getNumericCellValue();
            assertThat(staff).isEqualTo(16);
        }
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

        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
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
        assertThat(page.locator("#page-title")).hasText("Dashboard");
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));

        signIn("kepala", "pelita123");
        waitForHome();
        assertThat(page.locator("#page-title")).hasText("Dashboard");
        assertThat(page.locator("#logout")).containsText("Sign out");
        screenshot("home-kepala-english");
    }
}
