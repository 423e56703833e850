package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class ExportServiceTest {

    private static final PanelData PANEL = new PanelData("participation", "Partisipasi", "2026 Kelurahan Plaju Ulu",
            List.of("Unit", "Pegawai", "Bagian"), List.of(List.of("Kelurahan Plaju Ulu", 16L, new Share(0.8125)),
                    List.of("Seksi; \"Uji\"", 4L, new Share(0.5))));

    @Autowired
    ExportService exports;

    @Autowired
    JdbcClient jdbc;

    private long audited() {
        return jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and target = 'participation'")
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("kepala")
    void csvOpensInAnIndonesianExcel() {
        String csv = new String(exports.csv(PANEL, Locale.forLanguageTag("id-ID")), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFUnit;Pegawai;Bagian\r\n");
        assertThat(csv).contains("Kelurahan Plaju Ulu;16;\"81,2%\"\r\n").contains("\"Seksi; \"\"Uji\"\"\";4;50%\r\n");
        assertThat(audited()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("kepala")
    void csvInEnglishUsesCommasAndPoints() {
        String csv = new String(exports.csv(PANEL, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("Kelurahan Plaju Ulu,16,81.2%\r\n");
    }

    @Test
    @WithUserDetails("kepala")
    void xlsxHoldsTheSameRowsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(PANEL)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(16);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(audited()).isEqualTo(1);
    }

    private static final PanelData FORMULAS = new PanelData("participation", "Partisipasi", "2026",
            List.of("Unit", "Nilai"), List.of(List.of("=HYPERLINK(\"http://x\",\"klik\")", -3L),
                    List.of("+1", 1L), List.of("-1", 2L), List.of("@SUM(A1)", 3L), List.of("\tTab", 4L),
                    List.of("\rCR", 5L), List.of("Seksi A-1 = baik", 6L)));

    @Test
    @WithUserDetails("kepala")
    void formulasInTextComeOutAsTextInCsvAndXlsx() throws IOException {
        String csv = new String(exports.csv(FORMULAS, Locale.forLanguageTag("id-ID")), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";-3\r\n")
                .contains("'+1;1\r\n").contains("'-1;2\r\n").contains("'@SUM(A1);3\r\n").contains("'\tTab;4\r\n")
                .contains("\"'\rCR\";5\r\n").contains("Seksi A-1 = baik;6\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(FORMULAS)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> texts = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                texts.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(texts).containsExactly("'=HYPERLINK(\"http://x\",\"klik\")", "'+1", "'-1", "'@SUM(A1)", "'\tTab",
                    "'\rCR", "Seksi A-1 = baik");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-3);
        }
    }

    @Test
    void fileNamesSayPanelFilterAndDate() {
        assertThat(ExportService.fileName(PANEL, "xlsx", LocalDate.of(2026, 11, 29)))
                .isEqualTo("pelita-participation-2026-kelurahan-plaju-ulu-2026-11-29.xlsx");
    }

    @Test
    @WithUserDetails("pegawai")
    void employeesCannotExport() {
        assertThatThrownBy(() -> exports.xlsx(PANEL)).isInstanceOf(AccessDeniedException.class);
    }
}
