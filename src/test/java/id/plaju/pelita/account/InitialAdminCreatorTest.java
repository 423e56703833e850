package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.database.StartupLock;
import id.plaju.pelita.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@PelitaSpringTest
@Transactional
class InitialAdminCreatorTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StartupLock startupLock;

    @Autowired
    TransactionTemplate transaction;

    private InitialAdminCreator creator(String configuredPassword) {
        return new InitialAdminCreator(accounts, passwordEncoder, configuredPassword, startupLock, transaction);
    }

    @Test
    void createsAnAdminWithTheConfiguredPasswordWhenNoneIsEnabled() {
        jdbc.sql("update user_account set enabled = false where username = 'admin'").update();

        creator("s3cret-from-env").run(new DefaultApplicationArguments());

        UserAccount created = accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(Roles.ADMIN)).findFirst().orElseThrow();
        assertThat(created.getUsername()).startsWith("admin-");
        assertThat(passwordEncoder.matches("s3cret-from-env", created.getPasswordHash())).isTrue();
        assertThat(created.isMustChangePassword()).isTrue();
    }

    @Test
    void generatesAPasswordWhenNoneIsConfigured() {
        jdbc.sql("update user_account set enabled = false where username = 'admin'").update();

        creator("").run(new DefaultApplicationArguments());

        UserAccount created = accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(Roles.ADMIN)).findFirst().orElseThrow();
        assertThat(passwordEncoder.matches("pelita123", created.getPasswordHash())).isFalse();
        assertThat(created.isMustChangePassword()).isTrue();
    }

    @Test
    void doesNothingWhenAnAdminExists() {
        long before = accounts.count();

        creator("").run(new DefaultApplicationArguments());

        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void generatedPasswordsAreLongAndRandom() {
        assertThat(AccountService.randomPassword()).hasSize(14)
                .isNotEqualTo(AccountService.randomPassword());
    }
}
