package id.plaju.pelita.learning;

import java.time.LocalDateTime;

/** A pre- or post-test the caller may take now for a session they take part in. */
public record PendingTest(long sessionId, String title, LocalDateTime startsAt, TestPhase phase, int items) {

    /** Where the test is taken: {@code surveys/test/<session>/pre} or {@code /post}. */
    public String route() {
        return "surveys/test/" + sessionId + "/" + phase.name().toLowerCase(java.util.Locale.ROOT);
    }
}
