package id.plaju.pelita.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One e-certificate with everything it prints. {@code credited}: its participation still credits JP
 * (present or late at a finished session); valid = credited and not revoked. {@code competency}: the
 * programme's competency type by name (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL).
 */
public record Certificate(long participationId, String code, String fullName, String nip, String programme,
        String competency, String organizer, LocalDateTime startsAt, LocalDateTime endsAt, BigDecimal jp,
        Instant issuedAt, Instant revokedAt, String revokeReason, boolean credited) {

    public boolean valid() {
        return credited && revokedAt == null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** The number as printed: the code in groups of four. */
    public String number() {
        return CertificateCode.format(code);
    }
}
