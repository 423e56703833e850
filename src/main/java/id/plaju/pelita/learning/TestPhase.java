package id.plaju.pelita.learning;

/** Before the session (pre-test) or before it is closed (post-test). */
public enum TestPhase {
    PRE, POST;

    public String translationKey() {
        return "test.phase." + name();
    }
}
