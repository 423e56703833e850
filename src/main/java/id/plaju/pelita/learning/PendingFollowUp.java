package id.plaju.pelita.learning;

import java.time.LocalDate;
import java.util.List;

/** A follow-up due for the caller: the session and the actions they planned with its evaluation. */
public record PendingFollowUp(long sessionId, String title, LocalDate sessionDate, List<ActionItem> actions) {
}
