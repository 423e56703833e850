package id.plaju.pelita.organization;

/** Jenjang jabatan within a {@link PositionFamily}; Pelaksana has no level. */
public enum PositionLevel {
    JPT(PositionFamily.STRUKTURAL, "JPT"),
    ADMINISTRATOR(PositionFamily.STRUKTURAL, "Administrator"),
    PENGAWAS(PositionFamily.STRUKTURAL, "Pengawas"),
    AHLI_UTAMA(PositionFamily.FUNGSIONAL, "Ahli Utama"),
    AHLI_MADYA(PositionFamily.FUNGSIONAL, "Ahli Madya"),
    AHLI_MUDA(PositionFamily.FUNGSIONAL, "Ahli Muda"),
    AHLI_PERTAMA(PositionFamily.FUNGSIONAL, "Ahli Pertama"),
    PENYELIA(PositionFamily.FUNGSIONAL, "Penyelia"),
    MAHIR(PositionFamily.FUNGSIONAL, "Mahir"),
    TERAMPIL(PositionFamily.FUNGSIONAL, "Terampil"),
    PEMULA(PositionFamily.FUNGSIONAL, "Pemula");

    private final PositionFamily family;
    private final String label;

    PositionLevel(PositionFamily family, String label) {
        this.family = family;
        this.label = label;
    }

    public PositionFamily family() {
        return family;
    }

    public String label() {
        return label;
    }
}
