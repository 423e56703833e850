package id.plaju.pelita.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The anonymity threshold of the dashboards: no score for a group with fewer than
 * {@code minGroupSize} responses (comments: {@code minCommentGroupSize}). Never below 3 — a lower
 * value stops the application at startup.
 */
@ConfigurationProperties("pelita.anonymity")
public record AnonymityProperties(@DefaultValue("5") int minGroupSize, @DefaultValue("10") int minCommentGroupSize) {

    public static final int FLOOR = 3;

    public AnonymityProperties {
        if (minGroupSize < FLOOR || minCommentGroupSize < FLOOR) {
            throw new IllegalStateException("pelita.anonymity.min-group-size and min-comment-group-size must be at least "
                    + FLOOR + " (configured: " + minGroupSize + " and " + minCommentGroupSize + "). Smaller groups"
                    + " would let a head recognise individual answers.");
        }
    }
}
