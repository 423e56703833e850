package id.plaju.pelita.need;

/**
 * For the dashboard: of the programmes with a session in the year, how many answer a need; and how
 * many endorsed needs (of the viewer's units) have no programme yet.
 */
public record NeedCoverage(long programmes, long answering, long endorsedNotPlanned) {

    /** Share of programmes answering a need (0–1), or null without programmes. */
    public Double share() {
        return programmes == 0 ? null : (double) answering / programmes;
    }
}
