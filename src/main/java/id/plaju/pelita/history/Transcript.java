package id.plaju.pelita.history;

import id.plaju.pelita.training.Jp;
import java.math.BigDecimal;
import java.util.List;

/** An employee's training history, newest year first, with the JP of each year against the 20 JP right. */
public record Transcript(String fullName, String nip, String unitName, List<Year> years) {

    /** One calendar year: its credited lines (oldest first) and their JP. */
    public record Year(int year, List<HistoryEntry> entries) {

        public BigDecimal jp() {
            return entries.stream().map(HistoryEntry::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public Jp.Compliance compliance() {
            return Jp.compliance(jp());
        }
    }
}
