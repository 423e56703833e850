package id.plaju.pelita.training;

/** What a curriculum review decides: revise the programme (a new version), keep it, or stop offering it. */
public enum ReviewDecision {
    REVISE, KEEP, STOP;

    public String translationKey() {
        return "review.decision." + name();
    }
}
