package id.plaju.pelita.survey;

import java.time.LocalDate;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an admin enters for a survey round. Without target units the round is for everyone; a
 * programme and phase ("BEFORE"/"AFTER") link it to a training for before/after measurement.
 */
public record RoundData(long instrumentId, @Size(max = 200, message = "rounds.title") String title, LocalDate opensOn, LocalDate closesOn, Set<Long> targetUnitIds,
        Long programmeId, String phase) {
}
