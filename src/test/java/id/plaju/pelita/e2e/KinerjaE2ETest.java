package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kinerja in Chromium: the kepala corrects a staff member's predikat in two clicks, the admin imports
 * the e-Kinerja export, and the employee reads both on their own page.
 */
class KinerjaE2ETest extends E2ETestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeadCorrectsAPredikatTheAdminImportsOneAndTheEmployeeSeesThem() throws Exception {
        int year = jdbc.sql("select max(rating_year) from performance_rating").query(Integer.class).single();
        // the first of the kepala's staff in the list (the list is by name), not the kepala
        long staff = jdbc.sql("""
                select e.id from employee e join unit u on u.id = e.unit_id
                where u.code = 'KEL-PLAJU-ULU' and e.active
                  and e.id <> (select employee_id from user_account where username = 'kepala')
                order by e.full_name, e.id limit 1""").query(Long.class).single();

        signIn("kepala", "pelita123");
        waitForHome();
        page.navigate(url("/kinerja"));
        assertThat(page.locator("#kinerja-staff")).containsText("Kelurahan Plaju Ulu");
        page.locator("#rate-" + staff).click();
        page.locator("#rating-predikat").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Kurang").setExact(true)).click();
        page.locator("#rating-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("disimpan");
        assertThat(predikat(staff, year)).isEqualTo("KURANG");
        screenshot("kinerja-head");
        signOut();

        String nip = jdbc.sql("select nip from employee e join user_account a on a.employee_id = e.id where a.username = 'pegawai'")
                .query(String.class).single();
        Path file = Files.createTempFile("ekinerja", ".csv");
        Files.writeString(file, "nip,tahun,predikat\n" + nip + "," + year + ",Sangat Baik\n", StandardCharsets.UTF_8);
        signIn("admin", "pelita123");
        waitForHome();
        page.navigate(url("/kinerja"));
        page.locator("#kinerja-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-summary")).containsText("1 baris siap diimpor");
        page.locator("#import-run").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("1 predikat berhasil diimpor");
        signOut();

        signIn("pegawai", "pelita123");
        waitForHome();
        page.navigate(url("/kinerja"));
        assertThat(page.locator("#my-predikat")).containsText(String.valueOf(year));
        assertThat(page.locator("#my-predikat")).containsText("Sangat Baik");
        assertThat(page.locator("#kinerja-staff")).hasCount(0);
        screenshot("kinerja-employee");
    }

    private String predikat(long employee, int year) {
        return jdbc.sql("select predikat from performance_rating where employee_id = ? and rating_year = ?")
                .params(employee, year).query(String.class).single();
    }
}
