package id.plaju.pelita.training;

/** Why a programme is flagged for curriculum review (thresholds in {@code pelita.review.*}). */
public enum ReviewReason {
    LOW_RELEVANCE, LOW_GAIN, LOW_APPLICATION;

    public String translationKey() {
        return "review.reason." + name();
    }
}
