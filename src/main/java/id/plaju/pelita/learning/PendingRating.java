package id.plaju.pelita.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant whose application the caller, as their atasan, is asked to rate: the session and
 * the actions the participant planned (not their own report of them).
 */
public record PendingRating(long sessionId, long employeeId, String employeeName, String title, LocalDate sessionDate,
        List<ActionItem> actions) {

    public static final int MAX_NOTE = 1000;
}
