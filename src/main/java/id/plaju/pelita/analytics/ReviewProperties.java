package id.plaju.pelita.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a programme is flagged for curriculum review beyond low relevance (the evaluation rule of
 * {@link id.plaju.pelita.training.TrainingService#needsReview}): a mean learning gain under
 * {@code min-gain} points, or a share of planned actions done under {@code min-application}
 * (0–1). Each counts only where the figure is shown (at least k people behind it).
 */
@ConfigurationProperties("pelita.review")
public record ReviewProperties(@DefaultValue("10") double minGain, @DefaultValue("0.4") double minApplication) {

    public ReviewProperties {
        if (minGain < 0 || minGain > 100) {
            throw new IllegalStateException("pelita.review.min-gain must be between 0 and 100 (configured: " + minGain + ")");
        }
        if (minApplication < 0 || minApplication > 1) {
            throw new IllegalStateException("pelita.review.min-application must be between 0 and 1 (configured: "
                    + minApplication + ")");
        }
    }
}
