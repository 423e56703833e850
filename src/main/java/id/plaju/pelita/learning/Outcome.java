package id.plaju.pelita.learning;

/** What became of one planned action by the time of the follow-up. */
public enum Outcome {
    DONE, IN_PROGRESS, NOT_STARTED;

    public String translationKey() {
        return "follow-up.outcome." + name();
    }
}
