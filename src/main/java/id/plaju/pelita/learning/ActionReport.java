package id.plaju.pelita.learning;

/** The participant's follow-up of one action: its outcome, an example, and the obstacle unless done. */
public record ActionReport(long actionId, Outcome outcome, String example, Obstacle obstacle) {

    public static final int MAX_EXAMPLE = 1000;
}
