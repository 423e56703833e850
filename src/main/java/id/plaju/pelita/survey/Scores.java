package id.plaju.pelita.survey;

import java.math.BigDecimal;
import java.util.Map;

/** The stored result of one response: a 0–100 score per subscale and the motivation index. */
public record Scores(Map<Long, BigDecimal> subscales, BigDecimal motivationIndex) {
}
