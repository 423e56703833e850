package id.plaju.pelita.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the public verification page may say of a code, and nothing more. */
public sealed interface Verification {

    /** A certificate with this code exists: who, what, when, how many JP, and whether it is valid. */
    record Found(String fullName, String programme, LocalDate startDate, LocalDate endDate, BigDecimal jp,
            boolean valid, boolean revoked) implements Verification {
    }

    /** No certificate has this code (or it cannot be one): the same answer whatever was typed. */
    record NotFound() implements Verification {
    }

    /** Too many look-ups from this address in the last minute. */
    record TooMany() implements Verification {
    }
}
