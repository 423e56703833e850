package id.plaju.pelita.training;

import java.time.LocalDateTime;

/** A closed session the caller attended and has not evaluated yet. */
public record PendingEvaluation(long sessionId, String title, LocalDateTime startsAt) {
}
