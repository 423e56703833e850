package id.plaju.pelita.demo;

import java.util.List;

/** The real units of Kecamatan Plaju, with the number of demo employees in each. */
final class PlajuUnits {

    record Seed(String code, String name, String type, String parentCode, int staff, String headTitle) {
    }

    static final String KECAMATAN = "KEC-PLAJU";
    static final String PLAJU_ULU = "KEL-PLAJU-ULU";

    static final List<Seed> ALL = List.of(
            new Seed(KECAMATAN, "Kecamatan Plaju", "KECAMATAN", null, 2, "Camat Plaju"),
            new Seed("KEC-SEKRETARIAT", "Sekretariat Kecamatan", "SEKRETARIAT", KECAMATAN, 2, "Sekretaris Camat"),
            new Seed("KEC-UMPEG", "Subbagian Umum dan Kepegawaian", "SUBBAGIAN", "KEC-SEKRETARIAT", 8,
                    "Kepala Subbagian Umum dan Kepegawaian"),
            new Seed("KEC-RENKEU", "Subbagian Perencanaan dan Keuangan", "SUBBAGIAN", "KEC-SEKRETARIAT", 6,
                    "Kepala Subbagian Perencanaan dan Keuangan"),
            new Seed("KEC-PEM", "Seksi Pemerintahan", "SEKSI", KECAMATAN, 7, "Kepala Seksi Pemerintahan"),
            new Seed("KEC-TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", "SEKSI", KECAMATAN, 8,
                    "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
            new Seed("KEC-PMD", "Seksi Pemberdayaan Masyarakat", "SEKSI", KECAMATAN, 6,
                    "Kepala Seksi Pemberdayaan Masyarakat"),
            new Seed("KEC-KESOS", "Seksi Kesejahteraan Sosial", "SEKSI", KECAMATAN, 5,
                    "Kepala Seksi Kesejahteraan Sosial"),
            new Seed("KEC-PELUM", "Seksi Pelayanan Umum", "SEKSI", KECAMATAN, 4, "Kepala Seksi Pelayanan Umum"),
            new Seed("KEL-BAGUS-KUNING", "Kelurahan Bagus Kuning", "KELURAHAN", KECAMATAN, 15, "Lurah Bagus Kuning"),
            new Seed("KEL-KOMPERTA", "Kelurahan Komperta", "KELURAHAN", KECAMATAN, 14, "Lurah Komperta"),
            new Seed("KEL-PLAJU-DARAT", "Kelurahan Plaju Darat", "KELURAHAN", KECAMATAN, 16, "Lurah Plaju Darat"),
            new Seed("KEL-PLAJU-ILIR", "Kelurahan Plaju Ilir", "KELURAHAN", KECAMATAN, 14, "Lurah Plaju Ilir"),
            new Seed(PLAJU_ULU, "Kelurahan Plaju Ulu", "KELURAHAN", KECAMATAN, 16, "Lurah Plaju Ulu"),
            new Seed("KEL-TALANG-BUBUK", "Kelurahan Talang Bubuk", "KELURAHAN", KECAMATAN, 13, "Lurah Talang Bubuk"),
            new Seed("KEL-TALANG-PUTRI", "Kelurahan Talang Putri", "KELURAHAN", KECAMATAN, 14, "Lurah Talang Putri"));

    private PlajuUnits() {
    }
}
