package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Evidence of a nonklasikal activity as a file: its type from its content, its checksum, who may read it. */
@PelitaSpringTest
@Transactional
class EvidenceFileTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JpLedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTypeIsReadFromTheBytesNotTheName() {
        assertThat(new EvidenceFile("bukti.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(new EvidenceFile("foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}).contentType())
                .isEqualTo("image/png");
        assertThat(new EvidenceFile("foto.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}).contentType())
                .isEqualTo("image/jpeg");
        assertThatThrownBy(() -> new EvidenceFile("virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))
                .contentType()).isInstanceOf(UserFacingException.class).hasMessageContaining("file-type");
        byte[] big = Arrays.copyOf(PDF, EvidenceFile.MAX_BYTES + 1);
        assertThatThrownBy(() -> new EvidenceFile("besar.pdf", big).contentType()).hasMessageContaining("file-size");
        assertThatThrownBy(() -> new EvidenceFile("kosong.pdf", new byte[0]).contentType()).hasMessageContaining("file-empty");
        assertThat(new EvidenceFile("C:\\\\Users\\\\ani\\\\bukti \"1\".pdf", PDF).safeName()).isEqualTo("bukti 1.pdf");
    }

    @Test
    void aFileIsStoredWithItsChecksumAndHandedOnlyToItsOwnerOrAnAdminWhileIntact() {
        TrainingFixture f = new TrainingFixture(jdbc);
        long unit = f.unit("SEKSI-UJI-BUKTI", "Seksi Uji Bukti");
        long ani = f.employee(unit, "199001012015031901", "Ani Bukti");
        long budi = f.employee(unit, "199001022015031902", "Budi Bukti");
        TrainingFixture.signInAs("ani", ani);
        ActivityData data = new ActivityData("Kursus daring ASN", Delivery.ONLINE_COURSE, CompetencyType.TEKNIS,
                LocalDate.of(2026, 11, 2), new BigDecimal("4"), "");
        assertThatThrownBy(() -> ledger.recordActivity(data, null)).hasMessageContaining("activity.error.evidence");
        assertThatThrownBy(() -> ledger.recordActivity(data, new EvidenceFile("a.exe", "MZ".getBytes(StandardCharsets.US_ASCII))))
                .hasMessageContaining("file-type");
        assertThat(jdbc.sql("select count(*) from nonklasikal_activity where employee_id = ?").param(ani).query(Long.class)
                .single()).as("nothing half-written").isZero();

        long id = ledger.recordActivity(data, new EvidenceFile("sertifikat.pdf", PDF));
        assertThat(jdbc.sql("select sha256 from activity_evidence where activity_id = ?").param(id).query(String.class).single())
                .isEqualTo(new EvidenceFile("x", PDF).sha256()).hasSize(64);
        assertThat(ledger.evidenceFile(id).content()).isEqualTo(PDF);
        assertThat(ledger.myActivities()).singleElement().extracting(ActivityRow::evidenceFileName).isEqualTo("sertifikat.pdf");

        TrainingFixture.signInAs("budi", budi);
        assertThatThrownBy(() -> ledger.evidenceFile(id)).hasMessageContaining("file-missing");

        jdbc.sql("update activity_evidence set content = ? where activity_id = ?").params("%PDF-changed".getBytes(), id).update();
        TrainingFixture.signInAs("ani", ani);
        assertThatThrownBy(() -> ledger.evidenceFile(id)).hasMessageContaining("file-damaged");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheEmployeeReads() {
        TrainingFixture f = new TrainingFixture(jdbc);
        long ani = f.employee(f.unit("SEKSI-UJI-TOLAK", "Seksi Uji Tolak"), "199001012015031901", "Ani Tolak");
        TrainingFixture.signInAs("ani", ani);
        long id = ledger.recordActivity(new ActivityData("Belajar mandiri", Delivery.SELF_STUDY, CompetencyType.TEKNIS,
                LocalDate.of(2026, 11, 2), new BigDecimal("2"), "Catatan bacaan"), null);
        TrainingFixture.signInAsAdmin("admin");
        assertThatThrownBy(() -> ledger.decide(id, false, "  ")).hasMessageContaining("activity.error.reason");
        ledger.decide(id, false, "Bukti tidak menunjukkan jumlah jam");
        assertThatThrownBy(() -> ledger.decide(id, true, null)).hasMessageContaining("activity.error.decided");
        TrainingFixture.signInAs("ani", ani);
        assertThat(ledger.myActivities()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActivityStatus.REJECTED);
            assertThat(a.decisionNote()).isEqualTo("Bukti tidak menunjukkan jumlah jam");
        });
    }
}
