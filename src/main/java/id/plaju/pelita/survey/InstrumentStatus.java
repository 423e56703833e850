package id.plaju.pelita.survey;

/** Draft (editable) → published (used by rounds) → retired. */
public enum InstrumentStatus {
    DRAFT, PUBLISHED, RETIRED;

    public String translationKey() {
        return "survey.instrument-status." + name();
    }
}
