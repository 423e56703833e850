package id.plaju.pelita.account;

import id.plaju.pelita.base.database.StartupLock;
import id.plaju.pelita.security.Roles;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A production start never creates a known password: when the database has no enabled admin, the
 * account {@code admin} is created with {@code PELITA_ADMIN_PASSWORD} or, without it, with a
 * random password printed once to the log. Either way it must be changed at first sign-in.
 * Runs after the demo data, which brings its own admin.
 */
@Component
@Order(100)
class InitialAdminCreator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;
    private final StartupLock startupLock;
    private final TransactionTemplate transaction;

    InitialAdminCreator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            @Value("${PELITA_ADMIN_PASSWORD:}") String configuredPassword, StartupLock startupLock,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.startupLock = startupLock;
        this.transaction = transaction;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    /** Under the start-up lock, so two instances started together create one administrator, not two. */
    @Override
    public void run(ApplicationArguments args) {
        startupLock.run("the first administrator", () -> transaction.executeWithoutResult(status -> createIfNone()));
    }

    private void createIfNone() {
        if (accounts.countEnabledWithRole(Roles.ADMIN) > 0) {
            return;
        }
        String username = accounts.existsByUsername("admin")
                ? "admin-" + AccountService.randomPassword().substring(0, 4).toLowerCase() : "admin";
        String password = StringUtils.hasText(configuredPassword) ? configuredPassword : AccountService.randomPassword();
        UserAccount admin = new UserAccount(username, passwordEncoder.encode(password), "Administrator",
                List.of(Roles.ADMIN));
        admin.requirePasswordChange();
        accounts.save(admin);
        if (StringUtils.hasText(configuredPassword)) {
            log.warn("Created the first administrator '{}' with the password from PELITA_ADMIN_PASSWORD.", username);
        } else {
            log.warn("""

                    ================================================================
                     PELITA created the first administrator account.
                       username: {}
                       password: {}
                     This password is shown only once; change it at first sign-in.
                    ================================================================""", username, password);
        }
    }

}
