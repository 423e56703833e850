package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Sign-in through the same provider, encoder, account store and events as the login form. */
@PelitaSpringTest
class LockoutTest {

    @Autowired
    AuthenticationProvider provider;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private ProviderManager authentication;

    @BeforeEach
    void signInLikeTheLoginForm() {
        authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
    }

    @AfterEach
    void restore() {
        clock.reset();
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where username = 'camat'").update();
    }

    private void signIn(String username, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_log where action = ? and target = 'camat'").param(action)
                .query(Long.class).single();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        long failedBefore = audited("LOGIN_FAILED");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("camat", "salah")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("camat", "pelita123"); // a success in between starts the count again
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("camat", "salah")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("camat", "pelita123")).isInstanceOf(LockedException.class);
        assertThat(audited("ACCOUNT_LOCKED")).isPositive();
        assertThat(audited("LOGIN_FAILED") - failedBefore).isEqualTo(4 + 5 + 1);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn("camat", "pelita123")).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(2));
        signIn("camat", "pelita123");
        assertThat(jdbc.sql("select failed_logins from user_account where username = 'camat'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void anUnknownUsernameFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> signIn("tidak-ada", "pelita123")).isInstanceOf(BadCredentialsException.class)
                .hasMessage(catchMessage(() -> signIn("camat", "salah")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN_FAILED' and target = 'tidak-ada'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aBurstOfThirtyParallelWrongPasswordsGetsFiveCheckedAndAllAudited() throws Exception {
        long failedBefore = audited("LOGIN_FAILED");
        long badBefore = auditedWith("BadCredentialsException");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    signIn("camat", "salah");
                    return "signed in";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // a BadCredentialsException is a password that was checked; a LockedException was refused unchecked
        assertThat(results).as(results.toString()).filteredOn("BadCredentialsException"::equals).hasSize(5);
        assertThat(results).filteredOn("LockedException"::equals).hasSize(25);
        assertThat(audited("LOGIN_FAILED") - failedBefore).isEqualTo(30);
        assertThat(auditedWith("BadCredentialsException") - badBefore).isEqualTo(5);
        assertThat(audited("ACCOUNT_LOCKED")).isPositive();
        assertThatThrownBy(() -> signIn("camat", "pelita123")).isInstanceOf(LockedException.class);
    }

    private long auditedWith(String details) {
        return jdbc.sql("select count(*) from audit_log where action = 'LOGIN_FAILED' and target = 'camat' and details = ?")
                .param(details).query(Long.class).single();
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
