package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A nonklasikal activity an employee records (e-learning, coaching, mentoring, self-study…). */
public record ActivityData(String title, Delivery delivery, CompetencyType competency, LocalDate date,
        BigDecimal jp, String evidence) {
}
