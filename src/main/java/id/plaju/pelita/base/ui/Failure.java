package id.plaju.pelita.base.ui;

import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import java.security.SecureRandom;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure means to the person who met it: a message key of the portal (never the exception's
 * own text, SQL or a raw key), its arguments, the HTTP status of an error page, and — for anything
 * unexpected — an incident id that is also in the log line with the stack trace, so an admin can
 * find it from what the user reads out.
 */
public record Failure(String key, Object[] arguments, int status, String incident) {

    private static final Logger log = LoggerFactory.getLogger(Failure.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base 32: no I, L, O or U to misread over the phone. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** Classifies and logs a failure; call it once per failure. */
    public static Failure of(Throwable failure) {
        UserFacingException refusal = find(failure, UserFacingException.class);
        if (refusal != null) {
            return new Failure(refusal.getTranslationKey(), refusal.getArguments(), 400, null);
        }
        if (find(failure, ConstraintViolationException.class) != null) {
            // a view that calls a service without Notifications.attempt: still no raw text
            return new Failure("error.invalid-input.generic", new Object[0], 400, null);
        }
        if (find(failure, AccessDeniedException.class) != null) {
            log.warn("Access denied: {}", failure.toString());
            return new Failure("error.forbidden", new Object[0], 403, null);
        }
        if (find(failure, OptimisticLockingFailureException.class) != null) {
            log.info("Concurrent change refused: {}", failure.toString());
            return new Failure("error.conflict", new Object[0], 409, null);
        }
        String incident = newIncident();
        if (isDatabaseUnreachable(failure)) {
            log.error("Incident {}: database unreachable", incident, failure);
            return new Failure("error.database", new Object[] {incident}, 503, incident);
        }
        log.error("Incident {}: unexpected failure", incident, failure);
        return new Failure("error.unexpected", new Object[] {incident}, 500, incident);
    }

    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLTimeoutException
                    || t.getClass().getName().endsWith(".CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Eight characters in two groups, e.g. {@code K7Q2-9XMD}. */
    static String newIncident() {
        StringBuilder id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
