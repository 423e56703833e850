package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.base.UserFacingException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private void refused(String username, String password, String key) {
        assertThatThrownBy(() -> policy.check(username, password)).isInstanceOfSatisfying(UserFacingException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.getTranslationKey()).isEqualTo(key));
    }

    @Test
    void refusesShortPasswordsTheUsernameAndCommonOnes() {
        refused("pegawai", "pendek", "password.error.too-short");
        refused("pegawai", null, "password.error.too-short");
        refused("pegawai", "xxPEGAWAIxx", "password.error.contains-username");
        refused("budi", "Palembang123", "password.error.common");
        refused("budi", "pelita12345", "password.error.common");
    }

    @Test
    void refusesTheTenThousandMostCommonPasswordsInAnyCase() {
        // first, middle and last of the shipped list (zxcvbn's frequency order), each at least 10 characters
        refused("budi", "QwertyUiop", "password.error.common");
        refused("budi", "MasterMind", "password.error.common");
        refused("budi", "123456789QWERTY", "password.error.common");
        refused("budi", "indonesia123", "password.error.common");
    }

    @Test
    void refusesMoreThan72BytesWhichBcryptWouldCutSilently() {
        refused("budi", "Sungai-Musi-".repeat(6) + "x", "password.error.too-long"); // 73 bytes
        assertThatCode(() -> policy.check("budi", "Sungai-Musi-".repeat(6))).doesNotThrowAnyException(); // 72
        refused("budi", "Jembatan-Ampera-Plaju-é".repeat(3) + "é", "password.error.too-long"); // 23 chars, 24 bytes each
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> policy.check("pegawai", "Sungai-Musi-2026")).doesNotThrowAnyException();
    }
}
