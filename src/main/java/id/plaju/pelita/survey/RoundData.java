package id.plaju.pelita.survey;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an admin enters for a survey round. Without target units the round is for everyone; a
 * programme and phase ("BEFORE"/"AFTER") link it to a training for before/after measurement.
 */
public record RoundData(long instrumentId, String title, LocalDate opensOn, LocalDate closesOn, Set<Long> targetUnitIds,
        Long programmeId, String phase) {
}
