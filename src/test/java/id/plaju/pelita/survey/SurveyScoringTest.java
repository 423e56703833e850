package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.base.UserFacingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores checked against numbers worked out by hand. */
class SurveyScoringTest {

    /** Scale 1–5; subscale 1 (in index): items 1, 2; subscale 2 (in index): item 3 reversed; subscale 3 (not): item 4. */
    private static final Instrument ONE_TO_FIVE = new Instrument(1, "T", 1, "T", "T", 1, 5, InstrumentStatus.PUBLISHED,
            List.of(), List.of(new Instrument.Subscale(1, "A", "A", "A", true),
                    new Instrument.Subscale(2, "B", "B", "B", true), new Instrument.Subscale(3, "C", "C", "C", false)),
            List.of(new Instrument.Item(11, 1, 1, "", "", false), new Instrument.Item(12, 1, 2, "", "", false),
                    new Instrument.Item(13, 2, 3, "", "", true), new Instrument.Item(14, 3, 4, "", "", false)));

    @Test
    void subscalesAndIndexOnAOneToFiveScale() {
        // A: (4 + 5) / 2 = 4.5 → 100 × 3.5 / 4 = 87.5
        // B: 2 reversed = 4 → 100 × 3 / 4 = 75
        // C: 1 → 0
        // index over A and B items: (4 + 5 + 4) / 3 = 4.333… → 100 × 3.333… / 4 = 83.33
        Scores scores = SurveyScoring.score(ONE_TO_FIVE, Map.of(11L, 4, 12L, 5, 13L, 2, 14L, 1));

        assertThat(scores.subscales().get(1L)).isEqualByComparingTo("87.50");
        assertThat(scores.subscales().get(2L)).isEqualByComparingTo("75.00");
        assertThat(scores.subscales().get(3L)).isEqualByComparingTo("0.00");
        assertThat(scores.motivationIndex()).isEqualByComparingTo("83.33");
    }

    @Test
    void aZeroToSixScaleReversesAroundItsOwnEnds() {
        Instrument zeroToSix = new Instrument(2, "T", 1, "T", "T", 0, 6, InstrumentStatus.PUBLISHED, List.of(),
                List.of(new Instrument.Subscale(1, "A", "A", "A", true)),
                List.of(new Instrument.Item(21, 1, 1, "", "", false), new Instrument.Item(22, 1, 2, "", "", true)));
        // 6 and (0 + 6 − 1 = 5) → mean 5.5 → 100 × 5.5 / 6 = 91.67
        Scores scores = SurveyScoring.score(zeroToSix, Map.of(21L, 6, 22L, 1));

        assertThat(scores.subscales().get(1L)).isEqualByComparingTo("91.67");
        assertThat(scores.motivationIndex()).isEqualByComparingTo("91.67");
    }

    @Test
    void extremesAreZeroAndHundred() {
        assertThat(SurveyScoring.score(ONE_TO_FIVE, Map.of(11L, 1, 12L, 1, 13L, 5, 14L, 1)).motivationIndex())
                .isEqualByComparingTo("0");
        assertThat(SurveyScoring.score(ONE_TO_FIVE, Map.of(11L, 5, 12L, 5, 13L, 1, 14L, 5)).motivationIndex())
                .isEqualByComparingTo("100");
    }

    @Test
    void incompleteOrOutOfScaleAnswersAreRefused() {
        assertThatThrownBy(() -> SurveyScoring.score(ONE_TO_FIVE, Map.of(11L, 4, 12L, 5, 13L, 2)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("survey.error.unanswered"));
        assertThatThrownBy(() -> SurveyScoring.score(ONE_TO_FIVE, Map.of(11L, 4, 12L, 6, 13L, 2, 14L, 1)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("survey.error.out-of-scale"));
    }

    @Test
    void draftAnswersSurviveTheirTextForm() {
        Map<Long, Integer> answers = Map.of(5L, 3, 7L, 1);
        assertThat(DraftAnswers.parse(DraftAnswers.format(answers))).isEqualTo(answers);
        assertThat(DraftAnswers.parse(null)).isEmpty();
    }

    @Test
    void gradeBands() {
        assertThat(SurveyResponseService.gradeBand("II_C")).isEqualTo("I-II");
        assertThat(SurveyResponseService.gradeBand("I_A")).isEqualTo("I-II");
        assertThat(SurveyResponseService.gradeBand("III_D")).isEqualTo("III");
        assertThat(SurveyResponseService.gradeBand("IV_A")).isEqualTo("IV");
        assertThat(SurveyResponseService.gradeBand(null)).isEqualTo("PPPK");
    }
}
