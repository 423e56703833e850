package id.plaju.pelita.training;

/** Klasikal (classroom) or nonklasikal (e-learning, coaching, mentoring, internship, self-study). */
public enum TrainingMode {
    KLASIKAL, NONKLASIKAL;

    public String translationKey() {
        return "training.training-mode." + name();
    }
}
