package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard as heads use it: its sections, the action list to an invitation in two clicks, the
 * PDF report with every chart, and a phone without sideways scrolling.
 */
class DashboardE2ETest extends E2ETestBase {

    private static final String ALL_CHARTS_DRAWN = """
            () => { const charts = [...document.querySelectorAll('pelita-chart')];
                    return charts.length === 16 && charts.every(c => c.chart && c.chart.getOption().series); }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCamatReadsEachSectionInvitesSomeoneBehindAndDownloadsTheReport() throws Exception {
        signIn("camat", "pelita123");
        waitForHome();
        page.waitForURL(url("/dashboard"));
        page.waitForFunction(ALL_CHARTS_DRAWN);

        for (String section : List.of("action", "participation", "motivation", "evaluation", "kinerja", "summary")) {
            page.locator("#go-" + section).click();
            page.waitForFunction("id => { const r = document.getElementById(id).getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight / 2; }", "section-" + section);
        }

        // who is behind → an invitation: "Undang" on a red row, then "Kirim undangan"
        page.locator("#go-action").click();
        Locator first = page.locator("#action-list .invite-button").first();
        first.waitFor();
        long employee = Long.parseLong(first.getAttribute("id").replace("invite-", ""));
        assertThat(page.locator("#action-list-summary")).containsText(" merah dan ");
        first.click();
        assertThat(page.locator("#invite-send")).isVisible();
        assertThat(page.locator("#invite-session vaadin-radio-button[checked]")).hasCount(1);
        screenshot("dashboard-invite");
        page.locator("#invite-send").click();
        try {
            assertThat(page.locator("vaadin-notification-card")).containsText("diundang ke");
            assertThat(jdbc.sql("select count(*) from participation where employee_id = ? and status = 'INVITED'")
                    .param(employee).query(Long.class).single()).isPositive();
        } finally {
            jdbc.sql("""
                    delete pa from participation pa join training_session s on s.id = pa.session_id
                    where pa.employee_id = ? and pa.status = 'INVITED' and s.status = 'OPEN'""").param(employee).update();
        }

        Download download = page.waitForDownload(() -> page.locator("#download-report").click());
        assertThat(download.suggestedFilename()).startsWith("pelita-laporan-dasbor-").endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("PELITA — Laporan Dasbor", "Semua unit saya", "Pegawai di bawah 20 JP",
                    "Kepatuhan 20 JP");
            assertThat(text).doesNotContain("Grafik ini tidak terkirim");
            int images = 0;
            for (PDPage p : pdf.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isGreaterThan(400);
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(16);
        }
    }

    @Test
    void aKepalaReadsTheDashboardOnAPhoneWithoutScrollingSideways() throws Exception {
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setLocale("id-ID"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signIn("kepala", "pelita123");
        waitForHome();
        page.waitForURL(url("/dashboard"));
        page.waitForFunction(ALL_CHARTS_DRAWN);

        // the filters wait in a closed drawer whose summary says what is filtered
        assertThat(page.locator("#dashboard-filter-drawer")).not().hasAttribute("opened", "");
        assertThat(page.locator("#dashboard-filter-drawer")).containsText("Filter: ");
        page.locator("#dashboard-filter-drawer vaadin-details-summary").click();
        assertThat(page.locator("#dashboard-year")).isVisible();
        screenshot("dashboard-phone-filters");
        for (String section : List.of("summary", "action", "participation", "motivation", "evaluation")) {
            page.locator("#section-" + section).scrollIntoViewIfNeeded();
            page.waitForTimeout(300);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as(section).isLessThanOrEqualTo(390);
        }
        // one column of panels, chart titles at 14 px or more
        assertThat(((Number) page.evaluate(
                "document.querySelector('#panel-participation').getBoundingClientRect().width")).doubleValue())
                .isLessThanOrEqualTo(390);
        assertThat(((Number) page.evaluate("""
                Math.min(...[...document.querySelectorAll('pelita-chart')]
                    .map(c => c.chart.getOption().title[0].textStyle.fontSize))""")).doubleValue())
                .isGreaterThanOrEqualTo(14);
        page.locator("#section-action").scrollIntoViewIfNeeded();
        screenshot("dashboard-phone-action");
    }
}
