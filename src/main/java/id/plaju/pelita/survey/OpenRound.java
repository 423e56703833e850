package id.plaju.pelita.survey;

import java.time.LocalDate;

/** A round the caller can fill now, with how many items a saved draft already answers. */
public record OpenRound(long id, String title, long instrumentId, LocalDate closesOn, int items, int answered) {
}
