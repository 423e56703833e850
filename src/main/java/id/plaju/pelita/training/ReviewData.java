package id.plaju.pelita.training;

import java.time.LocalDate;

/** What an admin writes on a curriculum review; the decision may wait until the review is done. */
public record ReviewData(String findings, ReviewDecision decision, String owner, LocalDate dueDate,
        ReviewStatus status) {

    public static final int MAX_FINDINGS = 4000;
    public static final int MAX_OWNER = 150;
}
