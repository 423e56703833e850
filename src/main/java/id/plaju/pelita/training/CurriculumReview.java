package id.plaju.pelita.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/** A curriculum review record of a programme version; {@code revisionId} is the version it led to, if any. */
public record CurriculumReview(long id, long programmeId, String title, Set<ReviewReason> reasons, String findings,
        ReviewDecision decision, String owner, LocalDate dueDate, ReviewStatus status, Long revisionId,
        String openedBy, LocalDateTime openedAt) {

    public ReviewData toData() {
        return new ReviewData(findings, decision, owner, dueDate, status);
    }

    /** Still to be finished, and past its due date. */
    public boolean overdue(LocalDate today) {
        return status != ReviewStatus.DONE && dueDate.isBefore(today);
    }
}
