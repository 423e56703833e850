package id.plaju.pelita.learning;

/** What a participant scored: correct items out of all, the score in percent, and the pass mark. */
public record TestResult(int correct, int items, double score, int passMark, boolean passed) {
}
