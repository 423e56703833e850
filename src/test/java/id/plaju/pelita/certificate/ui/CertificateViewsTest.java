package id.plaju.pelita.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

/** The public verification page, as a stranger who scanned a QR code or typed a number sees it. */
@PelitaSpringTest
@Transactional
class CertificateViewsTest extends SpringBrowserlessTest {

    static final String CODE = "7KQ4M9XA3TZPW2HD5RNE";

    @Autowired
    JdbcClient jdbc;

    String name;

    @BeforeEach
    void aCertificateOfPegawai() {
        long participation = jdbc.sql("""
                select ca.id from credited_attendance ca join user_account a on a.employee_id = ca.employee_id
                where a.username = 'pegawai' order by ca.starts_at limit 1""").query(Long.class).single();
        jdbc.sql("delete from certificate where participation_id = ?").param(participation).update();
        jdbc.sql("insert into certificate (participation_id, code, issued_at) values (?, ?, now(6))")
                .params(participation, CODE).update();
        name = jdbc.sql("select e.full_name from employee e join user_account a on a.employee_id = e.id where a.username = 'pegawai'")
                .query(String.class).single();
    }

    private String text(VerificationView view) {
        return view.result.getElement().getTextRecursively();
    }

    @Test
    @WithAnonymousUser
    void theQrAddressShowsAValidCertificateWithoutSignIn() {
        VerificationView view = navigate("verifikasi/" + CODE, VerificationView.class);
        assertThat(text(view)).contains("Sertifikat SAH", name, "7KQ4-M9XA-3TZP-W2HD-5RNE").doesNotContain("NIP");
    }

    @Test
    @WithAnonymousUser
    void aRevokedCertificateSaysRevoked() {
        jdbc.sql("update certificate set revoked_at = now(6), revoke_reason = 'uji' where code = ?").param(CODE).update();
        VerificationView view = navigate("verifikasi/" + CODE, VerificationView.class);
        assertThat(text(view)).contains("Sertifikat DICABUT", name);
    }

    @Test
    @WithAnonymousUser
    void aTypedNumberIsCheckedAndAWrongOneIsNotFound() {
        VerificationView view = navigate("verifikasi", VerificationView.class);
        assertThat(text(view)).contains("Masukkan nomor sertifikat");
        test(view.code).setValue("7kq4-m9xa-3tzp-w2hd-5rne");
        test(view.check).click();
        view = (VerificationView) UI.getCurrent().getCurrentView();
        assertThat(text(view)).contains("Sertifikat SAH");

        test(view.code).setValue("7KQ4-M9XA-3TZP-W2HD-5RNF");
        test(view.check).click();
        view = (VerificationView) UI.getCurrent().getCurrentView();
        assertThat(text(view)).contains("Sertifikat tidak ditemukan").doesNotContain(name);
    }
}
