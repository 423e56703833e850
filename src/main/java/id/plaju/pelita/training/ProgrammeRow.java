package id.plaju.pelita.training;

/**
 * A programme with what its evaluations say. It needs curriculum review when at least
 * {@link TrainingService#REVIEW_MIN_EVALUATIONS} evaluations rate its relevance below
 * {@link TrainingService#REVIEW_MAX_RELEVANCE} on average. A revised programme is a new version
 * (the old one inactive: no new sessions).
 */
public record ProgrammeRow(long id, String title, String description, Delivery delivery, TrainingMode mode,
        CompetencyType competency, String topic, String organizer, long sessions, long evaluations,
        Double meanRelevance, Double clashShare, boolean needsReview, int versionNo, boolean active) {

    public ProgrammeData toData() {
        return new ProgrammeData(title, description, delivery, mode, competency, topic, organizer);
    }
}
