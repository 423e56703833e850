package id.plaju.pelita.training;

/** The competency a programme develops. */
public enum CompetencyType {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL;

    public String translationKey() {
        return "training.competency-type." + name();
    }
}
