package id.plaju.pelita.training;

/** How a programme is delivered. */
public enum Delivery {
    WORKSHOP, SEMINAR, ONLINE_COURSE, COACHING, MENTORING, SELF_STUDY, INTERNSHIP, OTHER;

    public String translationKey() {
        return "training.delivery." + name();
    }
}
