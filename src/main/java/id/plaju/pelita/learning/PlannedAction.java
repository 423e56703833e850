package id.plaju.pelita.learning;

import java.time.LocalDate;

/** One action of a Rencana Tindak Lanjut as the participant writes it with the evaluation. */
public record PlannedAction(String action, LocalDate targetDate) {

    public static final int MIN_ACTIONS = 1;
    public static final int MAX_ACTIONS = 3;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 300;
}
