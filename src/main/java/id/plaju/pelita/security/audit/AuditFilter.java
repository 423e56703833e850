package id.plaju.pelita.security.audit;

import java.time.Instant;

/** Filters of the audit log view; {@code null} means "any". {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String actor, AuditAction action) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
