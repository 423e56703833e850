package id.plaju.pelita.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.certificate.CertificateService;
import id.plaju.pelita.certificate.Verification;
import id.plaju.pelita.certificate.VerificationService;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.TrainingFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transcript and the SIASN export against the JP ledger, on a unit made for the test: Ani has two
 * sessions and an approved activity in 2026 and a session in 2025; Budi one session and a pending
 * activity (not credited) in 2026.
 */
@PelitaSpringTest
@Transactional
class TrainingHistoryServiceTest {

    @Autowired
    TrainingHistoryService history;

    @Autowired
    TranscriptPdf transcriptPdf;

    @Autowired
    ExportService exports;

    @Autowired
    JpLedgerService ledger;

    @Autowired
    CertificateService certificates;

    @Autowired
    VerificationService verification;

    @Autowired
    JdbcClient jdbc;

    long unit;
    long ani;
    long budi;
    long budiSession;

    @BeforeEach
    void twoPeople() {
        TrainingFixture f = new TrainingFixture(jdbc);
        unit = f.unit("SEKSI-UJI-RIW", "Seksi Uji Riwayat");
        ani = f.employee(unit, "199001012015031901", "Ani Riwayat");
        budi = f.employee(unit, "199001022015031902", "Budi Riwayat");
        long sampah = f.programme("Pengelolaan Sampah", "KLASIKAL", "TEKNIS");
        long layanan = f.programme("Pelayanan Prima", "KLASIKAL", "SOSIAL_KULTURAL");
        long s1 = f.session(sampah, LocalDateTime.of(2026, 3, 2, 8, 0), "8.0", "DONE", 30);
        long s2 = f.session(layanan, LocalDateTime.of(2026, 7, 14, 8, 0), "6.5", "DONE", 30);
        long old = f.session(layanan, LocalDateTime.of(2025, 10, 1, 8, 0), "4.0", "DONE", 30);
        long open = f.session(sampah, LocalDateTime.of(2026, 12, 20, 8, 0), "8.0", "OPEN", 30);
        f.attend(s1, ani, "HADIR");
        f.attend(s2, ani, "TERLAMBAT");
        f.attend(old, ani, "HADIR");
        f.attend(open, ani, "HADIR");
        f.activity(ani, LocalDate.of(2026, 5, 5), "3.0", "TEKNIS", "APPROVED");
        f.attend(s2, budi, "HADIR");
        f.attend(s1, budi, "IZIN");
        f.activity(budi, LocalDate.of(2026, 6, 6), "9.0", "TEKNIS", "PENDING");
        budiSession = jdbc.sql("select id from participation where session_id = ? and employee_id = ?").params(s2, budi)
                .query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTranscriptListsEveryCreditedLineByYearAndAddsUpAsTheLedger() throws IOException {
        TrainingFixture.signInAs("ani", ani);
        Transcript transcript = history.mine();

        assertThat(transcript.nip()).isEqualTo("199001012015031901");
        assertThat(transcript.years()).extracting(Transcript.Year::year).containsExactly(2026, 2025);
        Transcript.Year y2026 = transcript.years().getFirst();
        assertThat(y2026.entries()).extracting(HistoryEntry::title)
                .containsExactly("Pengelolaan Sampah", "Kursus daring", "Pelayanan Prima");
        assertThat(y2026.jp()).isEqualByComparingTo("17.5").isEqualByComparingTo(ledger.myLedger(2026).total());
        assertThat(transcript.years().get(1).jp()).isEqualByComparingTo(ledger.myLedger(2025).total());
        assertThat(y2026.entries()).filteredOn(HistoryEntry::session).allSatisfy(e ->
                assertThat(e.certificateCode()).as("issued for the transcript").hasSize(20));
        assertThat(y2026.entries()).filteredOn(e -> !e.session()).allSatisfy(e ->
                assertThat(e.certificateCode()).isNull());

        try (PDDocument pdf = Loader.loadPDF(transcriptPdf.write(transcript))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("RIWAYAT PELATIHAN", "Ani Riwayat", "2026 — 17,5 JP dari 20 JP", "2025 — 4 JP dari 20 JP",
                    "Pengelolaan Sampah", "Nonklasikal");
        }
    }

    @Test
    @WithUserDetails("admin")
    void theSiasnExportReadBackWithPoiMatchesTheLedgerAndItsNumbersVerify() throws IOException {
        PanelData data = history.siasn(2026, unit, "Seksi Uji Riwayat");
        assertThat(data.columns()).containsExactlyElementsOf(TrainingHistoryService.SIASN_COLUMNS);

        Map<String, BigDecimal> hoursByNip = new HashMap<>();
        List<String> numbers = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(data)))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int c = 0; c < TrainingHistoryService.SIASN_COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(TrainingHistoryService.SIASN_COLUMNS.get(c));
            }
            assertThat(sheet.getLastRowNum()).as("Ani 3 lines, Budi 1").isEqualTo(4);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).as("NIP kept as text").isEqualTo(CellType.STRING);
                hoursByNip.merge(row.getCell(0).getStringCellValue(), BigDecimal.valueOf(row.getCell(6).getNumericCellValue()),
                        BigDecimal::add);
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2026);
                assertThat(row.getCell(4).getStringCellValue()).matches("\\d\\d-\\d\\d-2026");
                String number = row.getCell(7) == null ? "" : row.getCell(7).getStringCellValue();
                if (row.getCell(2).getStringCellValue().equals("Kursus daring")) {
                    assertThat(number).as("an activity has no certificate").isEmpty();
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("E-Learning");
                } else {
                    numbers.add(number);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Workshop");
                }
            }
        }
        assertThat(hoursByNip.get("199001012015031901")).isEqualByComparingTo(ledger.ledgerOf(ani, 2026).total());
        assertThat(hoursByNip.get("199001022015031902")).isEqualByComparingTo(ledger.ledgerOf(budi, 2026).total());
        assertThat(numbers).hasSize(3).allSatisfy(number -> assertThat(verification.verify(number, "siasn-test"))
                .isInstanceOfSatisfying(Verification.Found.class, found -> assertThat(found.valid()).isTrue()));

        String csv = new String(exports.csv(data, Locale.forLanguageTag("id")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnip;jenisKursus;namaKursus;institusiPenyelenggara;tanggalKursus;")
                .contains("199001012015031901;Workshop;Pengelolaan Sampah;Kecamatan Plaju;02-03-2026;02-03-2026;8;");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and target = 'siasn-riwayat-kursus'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails("admin")
    void aRevokedCertificateIsNotReportedToSiasn() {
        history.siasn(2026, unit, "");
        certificates.revoke(budiSession, "Tidak hadir sebenarnya");
        assertThat(history.siasn(2026, unit, "").rows()).extracting(row -> row.getFirst())
                .containsOnly("199001012015031901");
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadExportsOnlyTheirUnits() {
        assertThatThrownBy(() -> history.siasn(2026, unit, "")).isInstanceOf(AccessDeniedException.class);
        assertThat(history.siasn(2026, null, "").rows()).extracting(row -> row.getFirst())
                .doesNotContain("199001012015031901", "199001022015031902");
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeCannotExport() {
        assertThatThrownBy(() -> history.siasn(2026, null, "")).isInstanceOf(AccessDeniedException.class);
    }
}
