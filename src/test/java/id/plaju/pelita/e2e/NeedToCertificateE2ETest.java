package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.Today;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The training cycle around one employee, in Chromium: pegawai proposes a need, kepala endorses it,
 * admin creates the programme from it; a session of it appears first in pegawai's plan to 20 JP on
 * Beranda (on a phone) and pegawai registers there; admin records attendance and closes the session;
 * pegawai finds the need "terlaksana", downloads the certificate from Riwayat Pelatihan, and the page
 * its QR code opens — read from the rendered PDF — says valid to a visitor who is not signed in.
 */
class NeedToCertificateE2ETest extends E2ETestBase {

    private static final String TOPIC = "Pengelolaan Bank Sampah Kelurahan";
    private static final Path DOCS = Path.of("target", "e2e");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Today today;

    @Test
    void aNeedBecomesAProgrammeASessionAndAVerifiedCertificate() throws Exception {
        clock.reset();
        long pegawai = jdbc.sql("select employee_id from user_account where username = 'pegawai'").query(Long.class).single();
        String name = jdbc.sql("select full_name from employee where id = ?").param(pegawai).query(String.class).single();

        signIn("pegawai", "pelita123");
        waitForHome();
        page.navigate(url("/kebutuhan"));
        page.setViewportSize(390, 844);
        page.locator("#need-propose").click();
        page.locator("#need-topic input").fill(TOPIC);
        page.locator("#need-problem textarea").fill("Bank sampah RW 03 berhenti karena pengurus tidak tahu cara mencatat setoran.");
        page.locator("#need-send").click();
        assertThat(page.locator("#my-needs")).containsText(TOPIC);
        assertThat(page.locator("#my-needs")).containsText("Diusulkan");
        long need = jdbc.sql("select id from training_need where topic = ?").param(TOPIC).query(Long.class).single();
        page.locator("vaadin-dialog-overlay").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        screenshot("need-proposed");
        page.setViewportSize(1280, 860);
        signOut();

        signIn("kepala", "pelita123");
        waitForHome();
        page.navigate(url("/kebutuhan"));
        page.locator("#need-endorse-" + need).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("1 usulan disetujui");
        signOut();

        signIn("admin", "pelita123");
        waitForHome();
        page.navigate(url("/kebutuhan"));
        page.locator("#need-plan-" + need).scrollIntoViewIfNeeded();
        page.locator("#need-plan-" + need).click();
        assertThat(page.locator("vaadin-text-area textarea").first()).hasValue(
                java.util.regex.Pattern.compile("Kelurahan Plaju Ulu: Bank sampah RW 03"));
        screenshot("need-plan-dialog");
        page.locator("#programme-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("tersimpan");
        long programme = jdbc.sql("select programme_id from training_need where id = ?").param(need).query(Long.class).single();
        signOut();

        // the admin schedules a session of it (the session form has its own tests)
        LocalDateTime start = today.date().plusDays(1).atTime(8, 0);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, capacity, jp, status)
                values (?, ?, ?, 'Aula Kelurahan Plaju Ulu', 30, 8.0, 'OPEN')""")
                .params(programme, Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(6))).update(key);
        long session = key.getKey().longValue();

        // on a phone: the plan to 20 JP puts the session answering the unit's need first
        page.setViewportSize(390, 844);
        signIn("pegawai", "pelita123");
        waitForHome();
        assertThat(page.locator("#jp-plan")).containsText("Kebutuhan unit Anda");
        page.locator("#plan-register-" + session).scrollIntoViewIfNeeded();
        screenshot("plan-phone");
        page.locator("#plan-register-" + session).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Anda terdaftar");
        page.setViewportSize(1280, 860);
        signOut();

        signIn("admin", "pelita123");
        waitForHome();
        page.navigate(url("/admin/trainings/session/" + session));
        page.locator("#all-present").click();
        assertThat(page.locator("#participants")).containsText("Hadir");
        page.locator("#session-close").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#certificates-zip")).isVisible();
        Download zip = page.waitForDownload(() -> page.locator("#certificates-zip").click());
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip.path()))) {
            assertThat(entries.getNextEntry().getName()).startsWith("sertifikat-");
            assertThat(entries.getNextEntry()).as("one attendee, one certificate").isNull();
        }
        screenshot("session-certificates");
        signOut();

        signIn("pegawai", "pelita123");
        waitForHome();
        page.navigate(url("/kebutuhan"));
        assertThat(page.locator("#need-" + need)).containsText("Terlaksana");
        page.navigate(url("/riwayat"));
        long participation = jdbc.sql("select id from participation where session_id = ? and employee_id = ?")
                .params(session, pegawai).query(Long.class).single();
        assertThat(page.locator("#certificate-" + participation)).isVisible();
        screenshot("transcript");
        Download certificate = page.waitForDownload(() -> page.locator("#certificate-" + participation).click());
        String scanned;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(certificate.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(name, "8 JP");
            BufferedImage rendered = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            ImageIO.write(rendered, "png", DOCS.resolve("certificate.png").toFile());
            BufferedImage sharp = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = sharp.getRGB(0, 0, sharp.getWidth(), sharp.getHeight(), null, 0, sharp.getWidth());
            scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(sharp.getWidth(), sharp.getHeight(), pixels)))).getText();
        }
        assertThat(scanned).contains("/verifikasi/");
        signOut();

        // a visitor who scanned the QR code: no sign-in, the certificate's facts and "valid"
        BrowserContext stranger = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844));
        try {
            Page phone = stranger.newPage();
            phone.navigate(url(URI.create(scanned).getPath()));
            assertThat(phone.locator("#verification-status")).hasText("Sertifikat SAH");
            assertThat(phone.locator("#verification-name")).hasText(name);
            assertThat(phone.locator("#verification-programme")).hasText(TOPIC);
            phone.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("verification-phone.png")));
            phone.navigate(url("/verifikasi/AAAA-BBBB-CCCC-DDDD-EEEE"));
            assertThat(phone.locator("#verification-status")).hasText("Sertifikat tidak ditemukan");
        } finally {
            stranger.close();
        }
    }
}
