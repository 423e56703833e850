package id.plaju.pelita.survey;

import id.plaju.pelita.base.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a complete set of answers. A subscale score and the motivation index are both
 * 100 × (mean item score after reversing − scale min) ÷ (scale max − scale min); the index is taken
 * over the items of the subscales that count in it. A reverse-scored answer v becomes
 * min + max − v. Results have two decimals.
 */
public final class SurveyScoring {

    private SurveyScoring() {
    }

    public static Scores score(Instrument instrument, Map<Long, Integer> answers) {
        for (Instrument.Item item : instrument.items()) {
            Integer value = answers.get(item.id());
            if (value == null) {
                throw new UserFacingException("survey.error.unanswered");
            }
            if (value < instrument.scaleMin() || value > instrument.scaleMax()) {
                throw new UserFacingException("survey.error.out-of-scale", instrument.scaleMin(), instrument.scaleMax());
            }
        }
        Map<Long, BigDecimal> subscales = new LinkedHashMap<>();
        for (Instrument.Subscale subscale : instrument.subscales()) {
            List<Instrument.Item> items = instrument.items().stream()
                    .filter(i -> i.subscaleId() == subscale.id()).toList();
            if (!items.isEmpty()) {
                subscales.put(subscale.id(), scale(instrument, items, answers));
            }
        }
        Set<Long> inIndex = instrument.subscales().stream().filter(Instrument.Subscale::inIndex)
                .map(Instrument.Subscale::id).collect(Collectors.toSet());
        List<Instrument.Item> indexItems = instrument.items().stream().filter(i -> inIndex.contains(i.subscaleId()))
                .toList();
        return new Scores(subscales, indexItems.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : scale(instrument, indexItems, answers));
    }

    private static BigDecimal scale(Instrument instrument, List<Instrument.Item> items, Map<Long, Integer> answers) {
        long sum = 0;
        for (Instrument.Item item : items) {
            int value = answers.get(item.id());
            sum += item.reverseScored() ? instrument.scaleMin() + instrument.scaleMax() - value : value;
        }
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 10, RoundingMode.HALF_UP);
        return mean.subtract(BigDecimal.valueOf(instrument.scaleMin())).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(instrument.scaleMax() - instrument.scaleMin()), 2, RoundingMode.HALF_UP);
    }
}
