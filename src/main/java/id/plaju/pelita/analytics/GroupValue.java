package id.plaju.pelita.analytics;

/** A value of one group (unit, round, band…) with its number of responses; suppressed groups carry no value. */
public record GroupValue(String key, String label, long n, Double value, boolean suppressed) {

    static GroupValue of(String key, String label, long n, Double value) {
        return new GroupValue(key, label, n, value, false);
    }

    GroupValue suppress() {
        return new GroupValue(key, label, n, null, true);
    }
}
