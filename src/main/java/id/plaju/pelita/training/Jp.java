package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Jam pelajaran: 1 JP = 45 minutes; every ASN has the right to at least 20 JP of competency
 * development per calendar year.
 */
public final class Jp {

    public static final BigDecimal YEARLY_TARGET = BigDecimal.valueOf(20);
    public static final BigDecimal AMBER_FROM = BigDecimal.valueOf(10);
    public static final int MINUTES_PER_JP = 45;

    private Jp() {
    }

    /** The default JP value of a session: its minutes ÷ 45, with one decimal. */
    public static BigDecimal fromMinutes(long minutes) {
        if (minutes <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(MINUTES_PER_JP), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal between(LocalDateTime start, LocalDateTime end) {
        return fromMinutes(Duration.between(start, end).toMinutes());
    }

    /** Green at ≥ 20 JP, amber from 10 to < 20, red below 10. */
    public static Compliance compliance(BigDecimal jp) {
        if (jp.compareTo(YEARLY_TARGET) >= 0) {
            return Compliance.GREEN;
        }
        return jp.compareTo(AMBER_FROM) >= 0 ? Compliance.AMBER : Compliance.RED;
    }

    /**
     * {@link #compliance} as an SQL expression over a JP expression, giving {@code 'GREEN'},
     * {@code 'AMBER'} or {@code 'RED'}: the same thresholds in a query as on the page.
     */
    public static String complianceSql(String jp) {
        return "(case when " + jp + " >= " + YEARLY_TARGET.toPlainString() + " then 'GREEN' when " + jp + " >= "
                + AMBER_FROM.toPlainString() + " then 'AMBER' else 'RED' end)";
    }

    public enum Compliance { GREEN, AMBER, RED }
}
