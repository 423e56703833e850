package id.plaju.pelita.training;

import java.math.BigDecimal;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A nonklasikal activity an employee records (e-learning, coaching, mentoring, self-study…). */
public record ActivityData(@Size(max = 200, message = "activity.title") String title, Delivery delivery,
        CompetencyType competency, LocalDate date, BigDecimal jp, @Size(max = 1000, message = "activity.evidence") String evidence) {
}
