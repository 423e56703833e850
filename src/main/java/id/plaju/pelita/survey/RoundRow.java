package id.plaju.pelita.survey;

import java.time.LocalDate;

/** A survey round with its instrument and the number of people who completed it. */
public record RoundRow(long id, String title, long instrumentId, String instrumentName, int instrumentVersion,
        LocalDate opensOn, LocalDate closesOn, RoundStatus status, String phase, long completions) {
}
