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
            List.of("Unit", "Pegawai", "Bagian"), List.of(List.of("Kelurahan Plaju Ulu", 16L, 0.8125),
                    List.of("Seksi; \"Uji\"", 4L, 0.5)));

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
        assertThat(csv).contains("Kelurahan Plaju Ulu;16;0,8125\r\n").contains("\"Seksi; \"\"Uji\"\"\";4;0,5\r\n");
        assertThat(audited()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("kepala")
    void csvInEnglishUsesCommasAndPoints() {
        String csv = new String(exports.csv(PANEL, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("Kelurahan Plaju Ulu,16,0.8125\r\n");
    }

    @Test
    @WithUserDetails("kepala")
    void xlsxHoldsTheSameRowsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(PANEL)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(16);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(audited()).isEqualTo(1);
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
