package id.plaju.pelita.organization;

/** Jenis jabatan: structural (JPT, Administrator, Pengawas), Pelaksana, or Fungsional. */
public enum PositionFamily {
    STRUKTURAL, PELAKSANA, FUNGSIONAL
}
