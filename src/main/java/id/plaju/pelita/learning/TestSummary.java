package id.plaju.pelita.learning;

/** A programme's newest test version in brief, for the admin's list. */
public record TestSummary(long programmeId, int versionNo, int passMark, int items, long attempts) {
}
