package id.plaju.pelita.kinerja;

import java.math.BigDecimal;

/**
 * The service quality grade of an Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): A 88.31–100
 * (sangat baik), B 76.61–88.30 (baik), C 65.00–76.60 (kurang baik), D 25.00–64.99 (tidak baik).
 */
public enum IkmGrade {
    A("88.31"), B("76.61"), C("65.00"), D("25.00");

    public static final BigDecimal MIN = new BigDecimal("25.00");
    public static final BigDecimal MAX = new BigDecimal("100.00");

    private final BigDecimal from;

    IkmGrade(String from) {
        this.from = new BigDecimal(from);
    }

    /** The grade of an IKM value between 25 and 100 (two decimals, as the regulation writes it). */
    public static IkmGrade of(BigDecimal ikm) {
        if (ikm == null || ikm.compareTo(MIN) < 0 || ikm.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("IKM outside 25–100: " + ikm);
        }
        BigDecimal value = ikm.setScale(2, java.math.RoundingMode.HALF_UP);
        for (IkmGrade grade : values()) {
            if (value.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return D;
    }

    public String translationKey() {
        return "kinerja.ikm.grade." + name();
    }
}
