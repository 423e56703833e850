package id.plaju.pelita.organization;

import id.plaju.pelita.base.TableFile;
import java.util.List;

/** The employee import file: its columns and template, read by {@link TableFile}. */
final class EmployeeFile {

    static final List<String> COLUMNS = List.of("nip", "nama", "golongan", "jenis_pegawai", "jenis_jabatan",
            "jenjang_jabatan", "jabatan", "kode_unit", "aktif");

    private EmployeeFile() {
    }

    static List<TableFile.Line> read(String fileName, byte[] content) {
        return TableFile.read(fileName, content, COLUMNS);
    }

    /** A CSV template with the header and one example row. */
    static byte[] csvTemplate() {
        return TableFile.csvTemplate(COLUMNS,
                "198503122010012004,Siti Rahmawati,III/a,PNS,PELAKSANA,,Pengadministrasi Umum,KEL-PLAJU-ULU,ya");
    }
}
