package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded nonklasikal activity and its approval state: {@code decisionNote} is the admin's reason
 * (required for a rejection), {@code evidenceFileName} the name of its evidence file if it has one.
 */
public record ActivityRow(long id, long employeeId, String employeeName, String title, Delivery delivery,
        CompetencyType competency, LocalDate date, BigDecimal jp, String evidence, ActivityStatus status,
        String decisionNote, String evidenceFileName) {
}
