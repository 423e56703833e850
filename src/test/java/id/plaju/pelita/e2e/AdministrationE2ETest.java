package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's journey: import 20 employees (refused while one row is wrong, accepted when
 * fixed), make one of them head of a kelurahan; that person signs in, must replace the temporary
 * password, and then sees the menu of a head.
 */
class AdministrationE2ETest extends E2ETestBase {

    private static final String HEADER =
            "nip,nama,golongan,jenis_pegawai,jenis_jabatan,jenjang_jabatan,jabatan,kode_unit,aktif";

    /** 20 employees of Kelurahan Komperta; with {@code broken}, row 7 has a NIP with month 13. */
    private static Path csv(boolean broken) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 20; i++) {
            String nip = "199001%02d2015031%03d".formatted(i, 100 + i);
            if (broken && i == 7) {
                nip = "199013072015031107";
            }
            lines.add(nip + ",Pegawai Impor " + i + ",II/b,PNS,PELAKSANA,,Pengadministrasi Umum,KEL-KOMPERTA,ya");
        }
        Path file = Files.createTempFile("pegawai-", ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(Path file) {
        page.locator("#import-upload input[type=file]").setInputFiles(file);
    }

    @Test
    void adminImportsStaffAndMakesAHeadWhoMustChangeThePassword() throws Exception {
        signIn("admin", "pelita123");
        waitForHome();
        page.navigate(url("/admin/employees"));
        page.locator("#employee-import").click();

        upload(csv(true));
        assertThat(page.locator("#import-summary")).containsText("1 bermasalah");
        assertThat(page.locator("#import-preview")).containsText("bukan tanggal lahir yang sah");
        assertThat(page.locator("#import-run")).isDisabled();
        screenshot("import-refused");

        upload(csv(false));
        assertThat(page.locator("#import-summary")).containsText("20 baris siap diimpor");
        assertThat(page.locator("#import-run")).isEnabled();
        page.locator("#import-run").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("20 pegawai berhasil diimpor");

        page.locator("#employee-search input").fill("Pegawai Impor");
        assertThat(page.locator("#employees")).containsText("199001052015031105");

        page.navigate(url("/admin/users"));
        page.locator("#account-create").click();
        page.locator("#account-employee input").fill("199001052015031105");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Pegawai Impor 5")).click();
        page.locator("#account-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("Kepala Unit")).click();
        Locator units = page.locator("#account-units input");
        units.fill("Komperta");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Kelurahan Komperta"))
                .click();
        units.press("Escape"); // closes the list of units, not the dialog
        screenshot("account-create");
        page.locator("#account-save").click();
        String temporaryPassword = page.locator("#temporary-password").innerText().strip();
        assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12);
        screenshot("temporary-password");
        page.locator("#temporary-close").click();
        assertThat(page.locator("#accounts")).containsText("199001052015031105");
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));

        signIn("199001052015031105", temporaryPassword);
        page.waitForURL(Pattern.compile(".*/change-password.*"));
        assertThat(page.locator("#must-change")).isVisible();
        page.navigate(url("/staff"));
        page.waitForURL(Pattern.compile(".*/change-password.*"));

        page.locator("#password-current input").fill(temporaryPassword);
        page.locator("#password-new input").fill("Komperta-Maju-2026");
        page.locator("#password-repeat input").fill("Komperta-Maju-2026");
        page.locator("#password-save").click();
        waitForHome();

        assertThat(page.locator("vaadin-side-nav-item")).containsText(
                new String[] {"Beranda", "Dasbor", "Pelatihan", "Jam Pelajaran (JP)", "Kinerja", "Pegawai Unit Saya",
                        "Survei & Evaluasi", "Tingkat Respons"});
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Pegawai Unit Saya")).click();
        assertThat(page.locator("#staff")).containsText("Pegawai Impor 12");
        screenshot("new-head-staff");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysSo() throws Exception {
        try {
            lockCamatOut();
        } finally {
            // the other browser tests share this application and sign in as camat
            jdbc.sql("update user_account set failed_logins = 0, locked_until = null where username = 'camat'").update();
        }
    }

    private void lockCamatOut() throws Exception {
        // the sign-in page answers in place (a Vaadin request), so each refusal is read off the page
        for (int i = 0; i < 5; i++) {
            signIn("camat", "bukan-sandinya");
            assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        }
        signIn("camat", "pelita123");
        assertThat(page.getByText("Akun terkunci sementara")).isVisible();
        screenshot("login-locked");

        signIn("tidak-ada", "bukan-sandinya");
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
    }
}
