package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A session as the catalogue shows it, with the caller's own participation (if any). */
public record SessionRow(long id, long programmeId, String title, Delivery delivery, TrainingMode mode,
        CompetencyType competency, LocalDateTime startsAt, LocalDateTime endsAt, String place, Integer capacity,
        int seatsTaken, BigDecimal jp, SessionStatus status, ParticipationStatus myStatus) {

    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }
}
