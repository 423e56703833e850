package id.plaju.pelita.kinerja;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The predikat kinerja of an ASN for a year (PermenPAN-RB 6/2022), best first. For a jabatan
 * fungsional the middle-low predikat is called *Cukup* instead of *Butuh Perbaikan*; both are read.
 */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    /** The name e-Kinerja and the regulation use (the same in both languages). */
    public String label() {
        return label;
    }

    /** Baik or Sangat Baik. */
    public boolean goodOrBetter() {
        return this == SANGAT_BAIK || this == BAIK;
    }

    /** A predikat as an e-Kinerja export writes it: "Sangat Baik", "SANGAT_BAIK", "sangat baik", "Cukup". */
    public static Optional<Predikat> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", "_");
        if (normal.equals("CUKUP")) {
            return Optional.of(BUTUH_PERBAIKAN);
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(normal)).findFirst();
    }
}
