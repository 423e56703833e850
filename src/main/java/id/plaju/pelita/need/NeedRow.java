package id.plaju.pelita.need;

import id.plaju.pelita.training.CompetencyType;
import java.time.Instant;

/**
 * A need as lists show it. {@code status} is derived (a duplicate follows the need it was merged into;
 * a planned need is done once its programme held a session); {@code mergedIntoId} names that need.
 */
public record NeedRow(long id, int year, String proposer, long unitId, String unitName, CompetencyType competency,
        String topic, String problem, NeedPriority priority, NeedStatus status, Long mergedIntoId, Long programmeId,
        String programmeTitle, Instant proposedAt) {

    public boolean merged() {
        return mergedIntoId != null;
    }
}
