package id.plaju.pelita.training;

/** The answers of one training evaluation (reaction level); scores are 1–5. */
public record EvaluationData(int relevance, int usefulness, int intentToApply, int trainerQuality,
        boolean clashedWithWork, String comment) {

    public static final int MAX_COMMENT = 2000;
}
