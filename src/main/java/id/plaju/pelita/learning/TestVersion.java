package id.plaju.pelita.learning;

import java.util.List;

/** The current version of a programme's test, with how often it has been taken. */
public record TestVersion(long id, long programmeId, int versionNo, int passMark, List<TestItem> items,
        long attempts) {

    /** Saving changes to a version that has been taken creates the next version. */
    public boolean locked() {
        return attempts > 0;
    }
}
