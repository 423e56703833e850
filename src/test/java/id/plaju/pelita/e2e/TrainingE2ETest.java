package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.Today;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The training flow and the Kirkpatrick chain around it: pegawai registers for a session and takes
 * the pre-test, takes the post-test once it has started, admin records attendance and closes it,
 * pegawai sees the JP go up and submits the evaluation with an action plan (a second submission
 * from another tab is refused); the clock moves 91 days, pegawai reports the follow-up, kepala
 * rates the application and camat reads the programme on the dashboard's Kinerja section, then the
 * scorecard of the programme applied least with its curriculum review.
 */
class TrainingE2ETest extends E2ETestBase {

    private static final String PROGRAMME = "Pelayanan Prima Administrasi Kependudukan";

    private static final String ACTION = "Menerapkan antrean daring untuk layanan KTP di kelurahan";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Today today;

    private BigDecimal myJp(Page on) {
        on.navigate(url("/jp"));
        String text = on.locator("#my-jp-total").innerText();
        Matcher m = Pattern.compile("([\\d.,]+) JP").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new BigDecimal(m.group(1).replace(".", "").replace(',', '.'));
    }

    @Test
    void registerTestAttendEvaluatePlanAndFollowUpNinetyDaysLater() throws Exception {
        long session = jdbc.sql("""
                select s.id from training_session s join training_programme p on p.id = s.programme_id
                where p.title = ? and s.status = 'OPEN' order by s.starts_at limit 1""").param(PROGRAMME)
                .query(Long.class).single();
        BigDecimal sessionJp = jdbc.sql("select jp from training_session where id = ?").param(session)
                .query(BigDecimal.class).single();
        LocalDateTime startsAt = jdbc.sql("select starts_at from training_session where id = ?").param(session)
                .query(LocalDateTime.class).single();
        long pegawai = jdbc.sql("select employee_id from user_account where username = 'pegawai'")
                .query(Long.class).single();
        try {
            signIn("pegawai", "pelita123");
            waitForHome();
            BigDecimal before = myJp(page);
            page.navigate(url("/trainings"));
            page.locator("#sessions vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PROGRAMME)).first()
                    .click();
            page.locator("#session-register").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Anda terdaftar");
            assertThat(page.locator("#session-cancel")).isVisible();
            screenshot("training-registered");

            // the pre-test waits under Survei as soon as the registration is in; taken on a phone's width
            page.setViewportSize(390, 844);
            takeTest(session, "pre");
            screenshot("test-pre-result");
            page.setViewportSize(1280, 860);

            // the session starts: the post-test opens
            clock.advance(Duration.between(today.dateTime(), startsAt.plusMinutes(30)));
            takeTest(session, "post");
            assertThat(jdbc.sql("select count(*) from knowledge_test_attempt where session_id = ? and employee_id = ?")
                    .params(session, pegawai).query(Integer.class).single()).isEqualTo(2);
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
                tab.locator("#action-1 input").fill(ACTION);
                // the date picker's value in ISO form, as the browser's calendar would set it
                tab.locator("#action-target-1").evaluate("(el, date) => { el.value = date;"
                        + " el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
                        startsAt.toLocalDate().plusDays(30).toString());
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
            assertThat(jdbc.sql("select action from action_plan where session_id = ? and employee_id = ?")
                    .params(session, pegawai).query(String.class).single()).isEqualTo(ACTION);
            second.close();

            // ninety days on, the follow-up waits on Beranda and under Survei
            clock.advance(Duration.ofDays(91));
            page.navigate(url("/"));
            assertThat(page.locator("#home-waiting")).containsText("tindak lanjut");
            page.navigate(url("/surveys"));
            page.locator("#follow-up-" + session).click();
            choose(page.locator("#outcome-1 vaadin-radio-button").first());
            page.locator("#example-1 textarea").fill("Antrean daring dipakai di Kelurahan Plaju Ulu sejak Februari.");
            screenshot("follow-up");
            page.locator("#follow-up-submit").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Tindak lanjut tersimpan");
            assertThat(page.locator("#follow-up-" + session)).hasCount(0);
            signOut();

            // the head of the unit is told on the dashboard and rates the application
            signIn("kepala", "pelita123");
            waitForHome();
            assertThat(page.locator("#rating-notice")).containsText("menunggu penilaian");
            page.navigate(url("/surveys"));
            page.locator("#rate-" + session + "-" + pegawai).click();
            assertThat(page.locator("vaadin-dialog")).containsText(ACTION);
            choose(page.locator("#application-rating vaadin-radio-button").nth(3));
            page.locator("#application-note textarea").fill("Antrean daring berjalan baik.");
            page.locator("#rating-submit").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Penilaian tersimpan");
            assertThat(jdbc.sql("select rating from application_rating where session_id = ? and employee_id = ?")
                    .params(session, pegawai).query(Integer.class).single()).isEqualTo(4);
            signOut();

            // the camat reads learning and application per programme in the Kinerja section
            signIn("camat", "pelita123");
            waitForHome();
            // 91 days on it is a new year, whose sessions have no follow-ups yet: the camat picks last year
            int sessionYear = startsAt.getYear();
            if (today.year() != sessionYear) {
                if (page.locator("#dashboard-filter-drawer").getAttribute("opened") == null) {
                    page.locator("#dashboard-filter-drawer vaadin-details-summary").click();
                }
                page.locator("#dashboard-year").click();
                page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(String.valueOf(sessionYear)))
                        .click();
                assertThat(page.locator("#dashboard-filter-drawer")).containsText("Filter: " + sessionYear);
            }
            page.locator("#go-kinerja").click();
            Locator application = page.locator("#panel-kinerja-application");
            application.scrollIntoViewIfNeeded();
            page.locator("#show-data-kinerja-application").click();
            assertThat(application).containsText(PROGRAMME);
            screenshot("dashboard-kinerja-application");

            // the programme applied least, its review under way, and its scorecard one click away
            assertThat(page.locator("#lowest-application")).containsText("sedang berjalan");
            page.locator("#lowest-application-scorecard").click();
            page.waitForURL(Pattern.compile(".*/scorecard/\\d+$"));
            assertThat(page.locator("#scorecard-figures")).isVisible();
            assertThat(page.locator("#scorecard-flags")).containsText("penerapan rendah");
            assertThat(page.locator("#reviews")).containsText("Subbagian Umum dan Kepegawaian");
            assertThat(page.locator("body")).containsText("korelasi, bukan bukti sebab-akibat");
            screenshot("scorecard");
        } finally {
            clock.reset();
        }
    }

    /** Opens the test of a session from Survei, answers every item and waits for the score. */
    private void takeTest(long session, String phase) throws Exception {
        page.navigate(url("/surveys"));
        page.locator("#test-" + phase + "-" + session).click();
        Locator items = page.locator(".test-item");
        items.first().waitFor();
        int width = page.viewportSize().width;
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        screenshot("test-" + phase + "-" + width);
        int count = items.count();
        for (int i = 1; i <= count; i++) {
            choose(page.locator("#test-item-" + i + " vaadin-radio-button").first());
        }
        page.locator("#test-submit").click();
        assertThat(page.locator("#test-result")).containsText("dari " + count + " soal");
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
