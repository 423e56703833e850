package id.plaju.pelita.organization;

import java.util.List;
import java.util.Map;

/** One row of an import preview: the file's values, the data read from them, what is wrong. */
public record ImportRow(int line, Map<String, String> values, EmployeeData data, List<EmployeeProblem> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The import column a problem belongs to. */
    public static String column(EmployeeProblem.Field field) {
        return switch (field) {
            case NIP -> "nip";
            case FULL_NAME -> "nama";
            case GOLONGAN -> "golongan";
            case EMPLOYMENT_TYPE -> "jenis_pegawai";
            case POSITION_FAMILY -> "jenis_jabatan";
            case POSITION_LEVEL -> "jenjang_jabatan";
            case POSITION_TITLE -> "jabatan";
            case UNIT -> "kode_unit";
            case ACTIVE -> "aktif";
        };
    }
}
