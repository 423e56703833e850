package id.plaju.pelita.kinerja;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The predikat import from e-Kinerja: a row-by-row preview, then every row or none. */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class PerformanceImportServiceTest {

    @Autowired
    PerformanceImportService importer;

    @Autowired
    JdbcClient jdbc;

    private List<String> nips;

    @BeforeEach
    void staff() {
        nips = jdbc.sql("select nip from employee where active order by id limit 3").query(String.class).list();
    }

    @Test
    void aFileWithBadRowsIsExplainedRowByRowAndWritesNothing() {
        String before = snapshot();
        RatingImport preview = importer.preview("ekinerja.csv", csv(
                nips.get(0) + ",2025,Sangat Baik",
                "199901012020011999,2025,Baik",           // a valid NIP nobody in PELITA has
                nips.get(1) + ",2025,Istimewa",           // no such predikat
                nips.get(0) + ",2025,Baik",               // the same NIP and year twice
                "12345,2025,Baik",                        // not a NIP
                nips.get(2) + ",2030,Baik"));             // a year to come

        assertThat(preview.rows()).hasSize(6);
        assertThat(preview.rowsWithProblems()).isEqualTo(5);
        assertThat(preview.canImport()).isFalse();
        assertThat(keys(preview.rows().get(0))).isEmpty();
        assertThat(keys(preview.rows().get(1))).containsExactly("kinerja.import.error.nip-unknown");
        assertThat(keys(preview.rows().get(2))).containsExactly("kinerja.import.error.predikat");
        assertThat(keys(preview.rows().get(3))).containsExactly("kinerja.import.error.twice");
        assertThat(preview.rows().get(3).problems().getFirst().args()).containsExactly(2);
        assertThat(keys(preview.rows().get(4))).containsExactly("kinerja.import.error.nip-invalid");
        assertThat(keys(preview.rows().get(5))).containsExactly("kinerja.error.year");
        assertThat(preview.rows().get(5).problems().getFirst().args()).containsExactly("2015", "2026");

        assertThatThrownBy(() -> importer.importAll(preview)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.error.has-problems");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGoodFileWritesEveryRowOverwritesWhatWasThereAndIsAudited() {
        RatingImport preview = importer.preview("ekinerja.csv", csv(
                nips.get(0) + ",2025,Sangat Baik", nips.get(1) + ",2025,Cukup", nips.get(2) + ",2026,kurang"));
        assertThat(preview.canImport()).isTrue();

        assertThat(importer.importAll(preview)).isEqualTo(3);

        assertThat(jdbc.sql("""
                select concat(e.nip, ' ', r.rating_year, ' ', r.predikat, ' ', r.source) from performance_rating r
                join employee e on e.id = r.employee_id where e.nip in (:nips) and r.rating_year >= 2025
                order by e.id, r.rating_year""").param("nips", nips).query(String.class).list())
                .containsExactly(nips.get(0) + " 2025 SANGAT_BAIK IMPORT", nips.get(1) + " 2025 BUTUH_PERBAIKAN IMPORT",
                        nips.get(2) + " 2025 " + predikat(nips.get(2), 2025) + " IMPORT",
                        nips.get(2) + " 2026 KURANG IMPORT");
        assertThat(jdbc.sql("select details from audit_log where action = 'PERFORMANCE_RATINGS_IMPORTED'")
                .query(String.class).single()).startsWith("3 rows");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PERFORMANCE_RATING_SET' and target in (:nips)")
                .param("nips", nips).query(Long.class).single()).isBetween(2L, 3L);
    }

    @Test
    void xlsxIsReadAndANipTypedAsANumberIsExplained() throws IOException {
        RatingImport text = importer.preview("ekinerja.xlsx", xlsx(false));
        assertThat(text.canImport()).isTrue();
        assertThat(text.rows().getFirst().predikat()).isEqualTo(Predikat.BAIK);

        RatingImport number = importer.preview("ekinerja.xlsx", xlsx(true));
        assertThat(keys(number.rows().getFirst())).containsExactly("import.error.nip-number");
    }

    @Test
    void theTemplateNamesTheColumnsAndAFileWithoutThemIsRefused() {
        assertThat(new String(importer.csvTemplate(), StandardCharsets.UTF_8)).startsWith("\uFEFFnip,tahun,predikat\n");
        assertThatThrownBy(() -> importer.preview("salah.csv", "nip,nilai\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("import.error.headers");
    }

    @Test
    @WithUserDetails("kepala")
    void onlyAnAdminImports() {
        assertThatThrownBy(() -> importer.preview("ekinerja.csv", csv(nips.get(0) + ",2025,Baik")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String predikat(String nip, int year) {
        return jdbc.sql("""
                select r.predikat from performance_rating r join employee e on e.id = r.employee_id
                where e.nip = ? and r.rating_year = ?""").params(nip, year).query(String.class).single();
    }

    private String snapshot() {
        return jdbc.sql("select concat(count(*), '/', coalesce(sum(crc32(concat(employee_id, rating_year, predikat))), 0))"
                + " from performance_rating").query(String.class).single();
    }

    private static List<String> keys(RatingImport.Row row) {
        return row.problems().stream().map(RatingImport.Problem::key).toList();
    }

    private static byte[] csv(String... rows) {
        return ("nip,tahun,predikat\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(boolean nipAsNumber) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SKP");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("NIP");
            head.createCell(1).setCellValue("Tahun");
            head.createCell(2).setCellValue("Predikat");
            Row row = sheet.createRow(1);
            if (nipAsNumber) {
                row.createCell(0).setCellValue(Double.parseDouble(nips.get(0)));
            } else {
                row.createCell(0).setCellValue(nips.get(0));
            }
            row.createCell(1).setCellValue(2025);
            row.createCell(2).setCellValue("Baik");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
