package id.plaju.pelita.training;

/** A nonklasikal activity waits for an admin's approval before it counts. */
public enum ActivityStatus {
    PENDING, APPROVED, REJECTED;

    public String translationKey() {
        return "training.activity-status." + name();
    }
}
