package id.plaju.pelita.survey;

/** A round is prepared as a draft, opened for answers and closed; extending moves its close date. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED;

    public String translationKey() {
        return "survey.round-status." + name();
    }
}
