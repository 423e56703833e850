package id.plaju.pelita.training;

/** Planned (not yet open for registration), open, done (attendance closed), cancelled. */
public enum SessionStatus {
    PLANNED, OPEN, DONE, CANCELLED;

    public String translationKey() {
        return "training.session-status." + name();
    }
}
