package id.plaju.pelita.organization;

/** Golongan/ruang of a PNS, with its rank name (pangkat). */
public enum Golongan {
    I_A("I/a", "Juru Muda"), I_B("I/b", "Juru Muda Tingkat I"), I_C("I/c", "Juru"), I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"), II_B("II/b", "Pengatur Muda Tingkat I"), II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"), III_B("III/b", "Penata Muda Tingkat I"), III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"), IV_B("IV/b", "Pembina Tingkat I"), IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"), IV_E("IV/e", "Pembina Utama");

    private final String code;
    private final String rank;

    Golongan(String code, String rank) {
        this.code = code;
        this.rank = rank;
    }

    public String code() {
        return code;
    }

    public String rank() {
        return rank;
    }

    /** "III/a — Penata Muda" */
    public String label() {
        return code + " — " + rank;
    }

    /** The roman numeral group: I, II, III or IV. */
    public String group() {
        return code.substring(0, code.indexOf('/'));
    }
}
