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
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> policy.check("pegawai", "Sungai-Musi-2026")).doesNotThrowAnyException();
    }
}
