package id.plaju.pelita.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.training.TrainingFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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
 * E-certificates on a session made for the test: Ani was present (a certificate), Budi absent (none);
 * Ani's seat in a session not yet closed gives none either. The PDF's QR code is read back from the
 * rendered page, as a phone's camera would, and opens a valid verification.
 */
@PelitaSpringTest
@Transactional
class CertificateServiceTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    VerificationService verification;

    @Autowired
    CertificateProperties properties;

    @Autowired
    JdbcClient jdbc;

    long session;
    long ani;
    long budi;
    long aniPresent;
    long budiAbsent;
    long aniOpen;

    @BeforeEach
    void oneClosedSession() {
        TrainingFixture f = new TrainingFixture(jdbc);
        long unit = f.unit("SEKSI-UJI-SERT", "Seksi Uji Sertifikat");
        ani = f.employee(unit, "199001012015031901", "Ani Sertifikat");
        budi = f.employee(unit, "199001022015031902", "Budi Sertifikat");
        long programme = f.programme("Pengelolaan Sampah Berbasis Kelurahan", "KLASIKAL", "TEKNIS");
        session = f.session(programme, LocalDateTime.of(2026, 3, 2, 8, 0), "8.0", "DONE", 30);
        long open = f.session(programme, LocalDateTime.of(2026, 12, 20, 8, 0), "8.0", "OPEN", 30);
        f.attend(session, ani, "HADIR");
        f.attend(session, budi, "ALPA");
        f.attend(open, ani, "HADIR");
        aniPresent = participation(session, ani);
        budiAbsent = participation(session, budi);
        aniOpen = participation(open, ani);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long participation(long sessionId, long employeeId) {
        return jdbc.sql("select id from participation where session_id = ? and employee_id = ?")
                .params(sessionId, employeeId).query(Long.class).single();
    }

    @Test
    void anAttendeeGetsOneCertificateWhoseNumberNeverChanges() {
        TrainingFixture.signInAs("ani", ani);
        Certificate first = certificates.mine(aniPresent);
        Certificate again = certificates.mine(aniPresent);

        assertThat(again.code()).isEqualTo(first.code());
        assertThat(first.code()).matches("[0-9A-HJKMNP-TV-Z]{20}");
        assertThat(first.number()).matches("(\\w{4}-){4}\\w{4}");
        assertThat(first.valid()).isTrue();
        assertThat(first.fullName()).isEqualTo("Ani Sertifikat");
        assertThat(first.jp()).isEqualByComparingTo("8.0");
        assertThat(jdbc.sql("select count(*) from certificate where participation_id = ?").param(aniPresent)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void noCertificateForAnAbsenceAnOpenSessionOrSomeoneElsesSeat() {
        TrainingFixture.signInAs("budi", budi);
        assertThatThrownBy(() -> certificates.mine(budiAbsent)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("certificate.error.not-found");
        assertThatThrownBy(() -> certificates.mine(aniPresent)).as("a forged id: Ani's")
                .isInstanceOf(UserFacingException.class);
        TrainingFixture.signInAs("ani", ani);
        assertThatThrownBy(() -> certificates.mine(aniOpen)).isInstanceOf(UserFacingException.class);
        assertThat(jdbc.sql("select count(*) from certificate where participation_id in (?, ?, ?)")
                .params(budiAbsent, aniPresent, aniOpen).query(Long.class).single()).as("nothing issued by a refusal")
                .isZero();
    }

    @Test
    void thePdfNamesThePersonAndTheTrainingAndItsQrCodeOpensAValidVerification() throws Exception {
        TrainingFixture.signInAs("ani", ani);
        Certificate certificate = certificates.mine(aniPresent);
        byte[] pdf = certificates.myPdf(aniPresent);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SERTIFIKAT", "Ani Sertifikat", "NIP 199001012015031901",
                    "Pengelolaan Sampah Berbasis Kelurahan", "2 Maret 2026", "8 JP", "kompetensi teknis",
                    "Nomor: " + certificate.number(), properties.signatoryTitle(), properties.organizer());
            String scanned = scanQr(new PDFRenderer(document).renderImageWithDPI(0, 150));
            assertThat(scanned).isEqualTo(properties.verificationUrl(certificate.code()));

            String code = URI.create(scanned).getPath().replaceFirst("^/verifikasi/", "");
            Verification answer = verification.verify(code, "qr-test");
            assertThat(answer).isInstanceOf(Verification.Found.class);
            Verification.Found found = (Verification.Found) answer;
            assertThat(found.valid()).isTrue();
            assertThat(found.fullName()).isEqualTo("Ani Sertifikat");
            assertThat(found.programme()).isEqualTo("Pengelolaan Sampah Berbasis Kelurahan");
            assertThat(found.jp()).isEqualByComparingTo("8");
        }
    }

    @Test
    void aTamperedUnknownOrMalformedCodeIsPlainlyNotFoundAndATypedOneIsRead() {
        TrainingFixture.signInAs("ani", ani);
        String code = certificates.mine(aniPresent).code();
        char last = code.charAt(19);
        String tampered = code.substring(0, 19) + (last == 'Z' ? 'Y' : (char) (last == '9' ? 'A' : last + 1));

        assertThat(verification.verify(tampered, "tamper-test")).isEqualTo(new Verification.NotFound());
        assertThat(verification.verify(CertificateCode.generate(), "tamper-test")).isEqualTo(new Verification.NotFound());
        assertThat(verification.verify("<script>alert(1)</script>", "tamper-test")).isEqualTo(new Verification.NotFound());
        assertThat(verification.verify("", "tamper-test")).isEqualTo(new Verification.NotFound());
        assertThat(verification.verify(" " + CertificateCode.format(code).toLowerCase() + " ", "tamper-test"))
                .as("typed from the paper, in lower case with dashes").isInstanceOf(Verification.Found.class);
    }

    @Test
    void aRevokedCertificateSaysSoCannotBeDownloadedAndIsAudited() {
        TrainingFixture.signInAs("ani", ani);
        String code = certificates.mine(aniPresent).code();
        SecurityContextHolder.clearContext();
        runAsAdmin(() -> {
            assertThatThrownBy(() -> certificates.revoke(aniPresent, "  ")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("reason-required");
            certificates.revoke(aniPresent, "Daftar hadir dipalsukan");
            assertThatThrownBy(() -> certificates.revoke(aniPresent, "lagi")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("not-revocable");
        });
        Verification.Found found = (Verification.Found) verification.verify(code, "revoke-test");
        assertThat(found.valid()).isFalse();
        assertThat(found.revoked()).isTrue();
        TrainingFixture.signInAs("ani", ani);
        assertThatThrownBy(() -> certificates.myPdf(aniPresent)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("certificate.error.revoked");
        assertThat(jdbc.sql("select details from audit_log where action = 'CERTIFICATE_REVOKED' and target = ?")
                .param(CertificateCode.format(code)).query(String.class).list()).containsExactly("Daftar hadir dipalsukan");
    }

    @Test
    @WithUserDetails("admin")
    void anAdminDownloadsTheSessionsValidCertificatesAsOneZip() throws IOException {
        List<Certificate> ofSession = certificates.ofSession(session);
        assertThat(ofSession).extracting(Certificate::fullName).containsExactly("Ani Sertifikat");

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(certificates.sessionZip(session)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(zip.readAllBytes())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains(ofSession.getFirst().number());
                }
            }
        }
        assertThat(names).containsExactly("sertifikat-199001012015031901-ani-sertifikat.pdf");

        certificates.revoke(aniPresent, "Salah input");
        assertThatThrownBy(() -> certificates.sessionZip(session)).as("no valid certificate left")
                .isInstanceOf(UserFacingException.class).hasMessageContaining("none-in-session");
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeCannotTakeASessionsCertificatesNorRevokeOne() {
        assertThatThrownBy(() -> certificates.sessionZip(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.revoke(aniPresent, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.issueForUnit(null, 2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onePlaceAsksTooOftenAndIsToldToWait() {
        int limit = properties.verificationsPerMinute();
        for (int i = 0; i < limit; i++) {
            assertThat(verification.verify(CertificateCode.generate(), "203.0.113.7")).isEqualTo(new Verification.NotFound());
        }
        assertThat(verification.verify(CertificateCode.generate(), "203.0.113.7")).isEqualTo(new Verification.TooMany());
        assertThat(verification.verify(CertificateCode.generate(), "203.0.113.8")).isEqualTo(new Verification.NotFound());
    }

    private void runAsAdmin(Runnable action) {
        var authorities = List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"));
        var user = new id.plaju.pelita.security.PelitaUser("admin", "x", true, true, authorities, null, java.util.Set.of(),
                false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Reads the QR code in a rendered page, as a phone's camera does. */
    static String scanQr(BufferedImage page) throws NotFoundException {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap).getText();
    }
}
