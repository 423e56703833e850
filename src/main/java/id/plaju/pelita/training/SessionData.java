package id.plaju.pelita.training;

import java.math.BigDecimal;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;

/** What an admin enters for a session; a {@code null} JP means "minutes ÷ 45". */
public record SessionData(long programmeId, LocalDateTime startsAt, LocalDateTime endsAt,
        @Size(max = 300, message = "training.place") String place,
        Integer capacity, BigDecimal jp, Set<Long> targetUnitIds) {
}
