package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded nonklasikal activity and its approval state. */
public record ActivityRow(long id, long employeeId, String employeeName, String title, Delivery delivery,
        CompetencyType competency, LocalDate date, BigDecimal jp, String evidence, ActivityStatus status) {
}
