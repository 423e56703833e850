package id.plaju.pelita.organization;

public enum UnitType {
    KECAMATAN, SEKRETARIAT, SUBBAGIAN, SEKSI, KELURAHAN
}
