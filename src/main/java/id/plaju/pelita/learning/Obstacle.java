package id.plaju.pelita.learning;

/** Why a planned action is not done. */
public enum Obstacle {
    NO_TIME, NO_SUPPORT, NO_MEANS, NOT_RELEVANT;

    public String translationKey() {
        return "follow-up.obstacle." + name();
    }
}
