package id.plaju.pelita.account;

import id.plaju.pelita.security.LockoutProperties;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed-login count, kept in SQL so that parallel attempts cannot outrun it: an attempt is
 * counted <em>before</em> its password is checked, by one conditional update that the database
 * serialises on the account's row. The attempt that reaches the limit locks the account in the same
 * statement; any attempt while it is locked is refused without a password check. So however many
 * attempts arrive at once, at most {@code maxFailures} passwords are checked before the lock. A
 * successful sign-in sets the count back to zero.
 */
@Component
class LoginAttempts {

    /** What may happen to an attempt on a username. */
    enum Outcome { CHECK, LOCKED }

    private static final String RESERVE = """
            update user_account
            set locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
                failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
            where username = :username and (locked_until is null or locked_until <= :now)""";

    private final JdbcClient jdbc;
    private final LockoutProperties lockout;
    private final AuditService audit;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, LockoutProperties lockout, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts an attempt before its password is checked; an unknown username is left to fail as usual. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome reserve(String username, String remoteAddress) {
        Instant now = Instant.now(clock);
        Instant until = now.plus(lockout.duration());
        int counted = jdbc.sql(RESERVE).param("max", lockout.maxFailures()).param("until", Timestamp.from(until))
                .param("username", username).param("now", Timestamp.from(now)).update();
        if (counted == 0) {
            boolean exists = jdbc.sql("select count(*) from user_account where username = ?").param(username)
                    .query(Long.class).single() > 0;
            return exists ? Outcome.LOCKED : Outcome.CHECK;
        }
        // the count is back at zero only when this very update locked the account (our row lock is held)
        boolean lockedNow = jdbc.sql("select failed_logins = 0 from user_account where username = ?").param(username)
                .query(Boolean.class).single();
        if (lockedNow) {
            audit.recordAs(username, AuditAction.ACCOUNT_LOCKED, username, "until " + until, remoteAddress);
        }
        return Outcome.CHECK;
    }

    /** A correct password: the count starts again and a lock this attempt set is lifted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where username = ?").param(username)
                .update();
    }
}
