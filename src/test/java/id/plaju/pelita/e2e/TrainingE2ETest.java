package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The training flow: pegawai registers for a session, admin records attendance and closes it,
 * pegawai sees the JP go up and the evaluation waiting, submits it — and a second submission
 * from another tab is refused.
 */
class TrainingE2ETest extends E2ETestBase {

    private static final String PROGRAMME = "Pelayanan Prima Administrasi Kependudukan";

    @Autowired
    JdbcClient jdbc;

    private BigDecimal myJp(Page on) {
        on.navigate(url("/jp"));
        String text = on.locator("#my-jp-total").innerText();
        Matcher m = Pattern.compile("([\\d.,]+) JP").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new BigDecimal(m.group(1).replace(".", "").replace(',', '.'));
    }

    @Test
    void registerAttendEarnJpAndEvaluateOnce() throws Exception {
        long session = jdbc.sql("""
                select s.id from training_session s join training_programme p on p.id = s.programme_id
                where p.title = ? and s.status = 'OPEN' order by s.starts_at limit 1""").param(PROGRAMME)
                .query(Long.class).single();
        BigDecimal sessionJp = jdbc.sql("select jp from training_session where id = ?").param(session)
                .query(BigDecimal.class).single();

        signIn("pegawai", "pelita123");
        waitForHome();
        BigDecimal before = myJp(page);
        page.navigate(url("/trainings"));
        page.locator("#sessions vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PROGRAMME)).first().click();
        page.locator("#session-register").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Anda terdaftar");
        assertThat(page.locator("#session-cancel")).isVisible();
        screenshot("training-registered");
        signOut();

        signIn("admin", "pelita123");
        waitForHome();
        page.navigate(url("/admin/trainings/session/" + session));
        assertThat(page.locator("#participants")).containsText("Novita Permana");
        page.locator("#all-present").click();
        assertThat(page.locator("#participants")).containsText("Hadir");
        page.locator("#session-close").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#session-close")).isDisabled();
        screenshot("training-closed");
        signOut();

        signIn("pegawai", "pelita123");
        waitForHome();
        assertThat(myJp(page)).isEqualByComparingTo(before.add(sessionJp));
        screenshot("training-jp");

        page.navigate(url("/surveys"));
        Page second = context.newPage();
        second.navigate(url("/surveys"));
        for (Page tab : new Page[] {page, second}) {
            // a tab in the background may miss a click while its dialog opens: work in the front one
            // and see each answer checked (CI once lost the first answer of the second tab)
            tab.bringToFront();
            tab.locator("#evaluate-" + session).click();
            assertThat(tab.locator("#evaluation-relevance")).isVisible();
            for (String question : new String[] {"relevance", "usefulness", "intent", "trainer"}) {
                choose(tab.locator("#evaluation-" + question + " vaadin-radio-button").nth(3));
            }
            choose(tab.locator("#evaluation-clash vaadin-radio-button").nth(1));
            tab.locator("#evaluation-comment textarea").fill("Sangat membantu pelayanan KTP elektronik.");
        }
        page.bringToFront();
        screenshot("training-evaluation");
        page.locator("#evaluation-submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Terima kasih");
        assertThat(page.locator("#evaluate-" + session)).hasCount(0);

        second.bringToFront();
        second.locator("#evaluation-submit").click();
        Locator refusal = second.locator("vaadin-notification-card");
        assertThat(refusal).containsText("sudah Anda kirim");
        assertThat(jdbc.sql("select count(*) from training_evaluation where session_id = ?").param(session)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Clicks a radio button until it shows as checked (at most three times). */
    private static void choose(Locator radio) {
        for (int attempt = 1; ; attempt++) {
            radio.click();
            try {
                assertThat(radio).hasAttribute("checked", "",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(3_000));
                return;
            } catch (AssertionError missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }
}
