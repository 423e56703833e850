package id.plaju.pelita.kinerja;

import java.math.BigDecimal;

/** The IKM of a service unit for a semester (1: January–June, 2: July–December) and its grade. */
public record ServiceSatisfaction(long unitId, String unitName, int year, int semester, BigDecimal ikm, int respondents) {

    public IkmGrade grade() {
        return IkmGrade.of(ikm);
    }

    /** "2026-I", "2026-II". */
    public String period() {
        return year + "-" + (semester == 1 ? "I" : "II");
    }
}
