package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.ui.CurrentUserProfile;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class CurrentAccountProfileTest {

    @Autowired
    CurrentUserProfile profile;

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void remembersTheChosenLanguage() {
        assertThat(profile.preferredLocale()).isEmpty();

        profile.savePreferredLocale(Locale.forLanguageTag("en-GB"));

        assertThat(profile.preferredLocale()).contains(Locale.forLanguageTag("en-US"));
    }

    @Test
    @WithMockUser(username = "kepala", roles = {"HEAD", "EMPLOYEE"})
    void knowsTheSignedInName() {
        assertThat(profile.displayName()).isPresent().get().asString().isNotBlank();
    }

    @Test
    void isEmptyForAnonymousVisitors() {
        assertThat(profile.displayName()).isEmpty();
        assertThat(profile.preferredLocale()).isEmpty();
    }
}
