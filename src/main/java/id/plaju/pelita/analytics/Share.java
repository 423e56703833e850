package id.plaju.pelita.analytics;

/**
 * A share (0–1) in a panel's data, so that tables and exports show it as a percentage in the reader's
 * language ("22,2%"), and XLSX keeps it a number formatted as one.
 */
public record Share(double value) {

    /** The share, or null when there is none. */
    public static Share of(Double value) {
        return value == null ? null : new Share(value);
    }
}
