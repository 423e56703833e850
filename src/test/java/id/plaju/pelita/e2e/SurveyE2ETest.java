package id.plaju.pelita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone-sized screen: pegawai starts the open round, leaves halfway, comes back to the
 * saved answers and submits; kepala sees the response rate of Plaju Ulu go up by one.
 */
class SurveyE2ETest extends E2ETestBase {

    @Autowired
    JdbcClient jdbc;

    private Page phone() {
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setLocale("id-ID"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        return page;
    }

    private int completedInPlajuUlu() {
        page.navigate(url("/surveys/rates"));
        assertThat(page.locator("#response-rates")).containsText("Kelurahan Plaju Ulu");
        String row = page.locator("#response-rates vaadin-grid-cell-content").allInnerTexts().toString();
        Matcher m = Pattern.compile("Kelurahan Plaju Ulu, (\\d+), (\\d+)").matcher(row);
        assertThat(m.find()).as(row).isTrue();
        return Integer.parseInt(m.group(2));
    }

    private void answer(int count) {
        for (int i = 0; i < count; i++) {
            String before = page.locator("#survey-progress").innerText();
            page.locator("#choice-" + (1 + i % 5)).click();
            assertThat(page.locator("#survey-progress")).not().hasText(before);
        }
    }

    @Test
    void anEmployeeFillsARoundOnAPhoneInTwoSittings() throws Exception {
        long round = jdbc.sql("select id from survey_round where status = 'OPEN'").query(Long.class).single();

        signIn("kepala", "pelita123");
        waitForHome();
        int before = completedInPlajuUlu();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));

        phone();
        signIn("pegawai", "pelita123");
        waitForHome();
        page.navigate(url("/surveys"));
        page.locator("#round-" + round).click();
        assertThat(page.getByText("Jawaban Anda rahasia")).isVisible();
        screenshot("survey-phone-intro");
        page.locator("#survey-start").click();
        answer(10);
        screenshot("survey-phone-item");
        assertThat(page.locator("#survey-progress")).hasText("10 dari 20 pernyataan terjawab");

        page.navigate(url("/surveys"));
        assertThat(page.locator("#round-" + round)).hasText("Lanjutkan mengisi");
        assertThat(page.locator("#open-rounds")).containsText("Terjawab 10 dari 20");
        page.locator("#round-" + round).click();
        page.locator("#survey-start").click();
        assertThat(page.locator("#survey-progress")).hasText("10 dari 20 pernyataan terjawab");
        answer(10);
        page.locator("#survey-submit").click();
        assertThat(page.locator("#survey-thanks")).isVisible();
        screenshot("survey-phone-thanks");
        page.navigate(url("/surveys"));
        assertThat(page.locator("#round-" + round)).hasCount(0);
        page.locator("vaadin-drawer-toggle").click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));

        context.close();
        newContext();
        signIn("kepala", "pelita123");
        waitForHome();
        assertThat(completedInPlajuUlu()).isEqualTo(before + 1);
        screenshot("survey-rates-kepala");
    }
}
