package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class EmployeeImportServiceTest {

    static final String HEADER = "nip,nama,golongan,jenis_pegawai,jenis_jabatan,jenjang_jabatan,jabatan,kode_unit,aktif\n";

    @Autowired
    EmployeeImportService importer;

    @Autowired
    EmployeeService employees;

    @Autowired
    JdbcClient jdbc;

    private long employeeCount() {
        return jdbc.sql("select count(*) from employee").query(Long.class).single();
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String row(String nip, String unit) {
        return nip + ",Dewi Lestari,III/a,PNS,PELAKSANA,,Pengadministrasi Umum," + unit + ",ya";
    }

    @Test
    void aValidFileImportsEveryRow() {
        long before = employeeCount();
        ImportPreview preview = importer.preview("baru.csv", csv(
                row("199001012015031001", "KEL-KOMPERTA"),
                row("199102022016042002", "kel-plaju-ulu"),
                "199203032017051003,Budi Santoso,,PPPK,FUNGSIONAL,Ahli Pertama,Pranata Komputer Ahli Pertama,KEC-UMPEG,"));

        assertThat(preview.canImport()).isTrue();
        assertThat(importer.importAll(preview)).isEqualTo(3);
        assertThat(employeeCount()).isEqualTo(before + 3);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'EMPLOYEES_IMPORTED' and target = 'baru.csv'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        long before = employeeCount();
        ImportPreview preview = importer.preview("satu-salah.csv", csv(
                row("199001012015031001", "KEL-KOMPERTA"),
                row("199013012015031002", "KEL-KOMPERTA"),
                row("199203032017051003", "KEL-KOMPERTA")));

        assertThat(preview.rowsWithProblems()).isEqualTo(1);
        assertThat(preview.rows().get(1).problems()).extracting(EmployeeProblem::key)
                .containsExactly("nip.error.birth_date");
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> importer.importAll(preview)).isInstanceOf(UserFacingException.class);
        assertThat(employeeCount()).isEqualTo(before);
    }

    @Test
    void rowsAreCheckedAgainstTheFileTheDatabaseAndTheUnits() {
        String registered = jdbc.sql("select nip from employee order by id limit 1").query(String.class).single();
        ImportPreview preview = importer.preview("campur.csv", csv(
                row("199001012015031001", "KEL-KOMPERTA"),
                row("199001012015031001", "KEL-KOMPERTA"),
                row(registered, "KEL-KOMPERTA"),
                row("199203032017051003", "KEL-TIDAK-ADA"),
                ",,,PNS,PELAKSANA,,,KEL-KOMPERTA,mungkin"));

        List<ImportRow> rows = preview.rows();
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).problems()).extracting(EmployeeProblem::key).containsExactly("import.error.nip-twice");
        assertThat(rows.get(1).problems().getFirst().args()).containsExactly(2);
        assertThat(rows.get(2).problems()).extracting(EmployeeProblem::key).containsExactly("import.error.nip-registered");
        assertThat(rows.get(3).problems()).extracting(EmployeeProblem::key).containsExactly("import.error.unit-unknown");
        assertThat(rows.get(4).problems()).extracting(EmployeeProblem::field).contains(EmployeeProblem.Field.NIP,
                EmployeeProblem.Field.FULL_NAME, EmployeeProblem.Field.GOLONGAN, EmployeeProblem.Field.POSITION_TITLE,
                EmployeeProblem.Field.ACTIVE);
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void aNipRegisteredAfterThePreviewStopsTheWholeImport() {
        long before = employeeCount();
        ImportPreview preview = importer.preview("balapan.csv", csv(
                row("199001012015031001", "KEL-KOMPERTA"), row("199102022016042002", "KEL-KOMPERTA")));
        assertThat(preview.canImport()).isTrue();
        employees.save(null, new EmployeeData("199102022016042002", "Orang Lain", Golongan.II_A, EmploymentType.PNS,
                PositionFamily.PELAKSANA, null, "Pengelola Data",
                jdbc.sql("select id from unit where code = 'KEL-KOMPERTA'").query(Long.class).single(), true));

        assertThatThrownBy(() -> importer.importAll(preview)).isInstanceOf(UserFacingException.class);
        assertThat(employeeCount()).isEqualTo(before + 1);
    }

    @Test
    void semicolonSeparatedCsvFromAnIndonesianExcelIsRead() {
        byte[] content = ("\uFEFF" + HEADER.replace(',', ';') + row("199001012015031001", "KEL-KOMPERTA").replace(',', ';'))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importer.preview("excel.csv", content).canImport()).isTrue();
    }

    @Test
    void xlsxWithTextNipsIsRead() throws IOException {
        ImportPreview preview = importer.preview("pegawai.xlsx", xlsx(false));
        assertThat(preview.rows()).hasSize(1);
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.rows().getFirst().data().unitId()).isNotNull();
    }

    @Test
    void aNipTypedAsANumberInExcelIsExplained() throws IOException {
        ImportPreview preview = importer.preview("pegawai.xlsx", xlsx(true));
        assertThat(preview.rows().getFirst().problems()).extracting(EmployeeProblem::key)
                .containsExactly("import.error.nip-number");
    }

    @Test
    void filesOfTheWrongShapeAreRefusedWithAReason() {
        assertRefused("kosong.csv", new byte[0], "import.error.empty");
        assertRefused("data.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "import.error.type");
        assertRefused("palsu.xlsx", "bukan excel".getBytes(StandardCharsets.UTF_8), "import.error.type");
        assertRefused("kolom.csv", "nip,nama\n199001012015031001,Dewi\n".getBytes(StandardCharsets.UTF_8),
                "import.error.headers");
        assertRefused("header-saja.csv", HEADER.getBytes(StandardCharsets.UTF_8), "import.error.no-rows");
        assertRefused("besar.csv", new byte[5 * 1024 * 1024 + 1], "import.error.too-large");
    }

    @Test
    void theTemplateIsAnImportableFile() {
        ImportPreview preview = importer.preview("template.csv", importer.csvTemplate());
        assertThat(preview.rows()).hasSize(1);
        assertThat(preview.rows().getFirst().problems()).extracting(EmployeeProblem::key)
                .doesNotContain("import.error.value-unknown", "import.error.unit-unknown");
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> importer.preview(name, content)).as(name)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo(key));
    }

    private static byte[] xlsx(boolean nipAsNumber) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Pegawai");
            String[] header = HEADER.strip().split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            if (nipAsNumber) {
                row.createCell(0).setCellValue(199001012015031001d);
            } else {
                row.createCell(0).setCellValue("199001012015031001");
            }
            String[] rest = {"Dewi Lestari", "III/a", "PNS", "Pelaksana", "", "Pengadministrasi Umum", "KEL-KOMPERTA", "ya"};
            for (int i = 0; i < rest.length; i++) {
                row.createCell(i + 1).setCellValue(rest[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
