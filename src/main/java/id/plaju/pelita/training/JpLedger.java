package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One employee's JP for one calendar year, split the ways the regulation counts them. */
public record JpLedger(int year, BigDecimal klasikal, BigDecimal nonklasikal, BigDecimal teknis,
        BigDecimal manajerial, BigDecimal sosialKultural, List<Entry> entries) {

    /** One credited activity: an attended session or an approved nonklasikal activity. */
    public record Entry(LocalDate date, String title, TrainingMode mode, CompetencyType competency, BigDecimal jp) {
    }

    public BigDecimal total() {
        return klasikal.add(nonklasikal);
    }

    public Jp.Compliance compliance() {
        return Jp.compliance(total());
    }
}
