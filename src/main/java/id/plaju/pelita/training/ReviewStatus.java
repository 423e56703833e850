package id.plaju.pelita.training;

/** Where a curriculum review stands. */
public enum ReviewStatus {
    OPEN, IN_PROGRESS, DONE;

    public String translationKey() {
        return "review.status." + name();
    }
}
