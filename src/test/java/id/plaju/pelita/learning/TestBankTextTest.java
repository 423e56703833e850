package id.plaju.pelita.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.base.UserFacingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text form of a test: what an admin may paste, and the line each refusal names. */
class TestBankTextTest {

    static final String TWO_ITEMS = """
            Berapa JP hak pengembangan kompetensi ASN per tahun?
            - 10 JP
            * 20 JP
            - 40 JP

            Siapa yang menetapkan predikat kinerja
            pegawai?
            * Pejabat penilai kinerja
            - Pegawai sendiri
            """;

    @Test
    void readsItemsWithTheirCorrectOptionAndJoinsWrappedQuestions() {
        List<TestItem> items = TestBankText.parse(TWO_ITEMS);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).question()).isEqualTo("Berapa JP hak pengembangan kompetensi ASN per tahun?");
        assertThat(items.get(0).options()).extracting(TestItem.Option::label).containsExactly("10 JP", "20 JP", "40 JP");
        assertThat(items.get(0).options()).extracting(TestItem.Option::correct).containsExactly(false, true, false);
        assertThat(items.get(1).question()).isEqualTo("Siapa yang menetapkan predikat kinerja pegawai?");
    }

    @Test
    void formatReadsBackToTheSameItems() {
        List<TestItem> items = TestBankText.parse(TWO_ITEMS);
        assertThat(TestBankText.parse(TestBankText.format(items))).isEqualTo(items);
    }

    @Test
    void itemsWithoutABlankLineBetweenThemAreStillSeparated() {
        assertThat(TestBankText.parse("Soal satu?\n* ya\n- tidak\nSoal dua?\n- ya\n* tidak")).hasSize(2);
    }

    @Test
    void refusalsNameTheLine() {
        assertRefused("- jawaban tanpa soal", "test.error.option-without-question", 1);
        assertRefused("Soal?\n* ya\n-   ", "test.error.empty-option", 3);
        assertRefused("Soal?\n* ya", "test.error.option-count", 1);
        assertRefused("Soal satu?\n* a\n- b\n\nSoal dua?\n- a\n- b", "test.error.one-correct", 5);
        assertRefused("Soal?\n* a\n* b", "test.error.one-correct", 1);
        assertRefused("Soal?\n* a\n- " + "x".repeat(TestBankText.MAX_OPTION + 1), "test.error.option-too-long", 3);
        assertRefused("  \n\n", "test.error.no-items");
        assertRefused(null, "test.error.no-items");
        assertRefused("Q?\n* a\n- b\n\n".repeat(TestBankText.MAX_ITEMS + 1), "test.error.too-many-items",
                TestBankText.MAX_ITEMS);
    }

    private static void assertRefused(String text, String key, Object... firstArguments) {
        assertThatThrownBy(() -> TestBankText.parse(text)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.getTranslationKey()).isEqualTo(key);
            for (int i = 0; i < firstArguments.length; i++) {
                assertThat(e.getArguments()[i]).isEqualTo(firstArguments[i]);
            }
        });
    }
}
