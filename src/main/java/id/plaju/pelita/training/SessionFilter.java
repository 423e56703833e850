package id.plaju.pelita.training;

/** Catalogue filters; {@code null} means any. {@code upcoming}: true = not yet ended, false = past. */
public record SessionFilter(CompetencyType competency, TrainingMode mode, Delivery delivery, Boolean upcoming) {

    public static SessionFilter none() {
        return new SessionFilter(null, null, null, null);
    }
}
