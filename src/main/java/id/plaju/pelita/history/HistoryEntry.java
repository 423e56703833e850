package id.plaju.pelita.history;

import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One credited line of an employee's training history: a session they attended (present or late, the
 * session closed; {@code participationId} set, with its certificate once issued) or a nonklasikal
 * activity an admin approved ({@code participationId} null).
 */
public record HistoryEntry(long employeeId, String nip, Long participationId, LocalDate start, LocalDate end,
        String title, Delivery delivery, CompetencyType competency, String organizer, BigDecimal jp,
        String certificateCode, boolean certificateRevoked) {

    public boolean session() {
        return participationId != null;
    }

    public int year() {
        return start.getYear();
    }
}
