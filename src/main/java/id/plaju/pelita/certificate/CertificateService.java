package id.plaju.pelita.certificate;

import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * E-certificates of credited sessions (present or late at a finished session). A certificate is
 * issued the first time it is asked for — by its participant, by an admin's ZIP of a session, by the
 * SIASN export — and keeps its number for ever. An employee gets only their own; an admin gets a
 * session's and can revoke one, with a reason, in the audit log.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CertificateService {

    static final String SELECT = """
            select c.participation_id, c.code, e.full_name, e.nip, p.title, p.competency, p.organizer,
                   s.starts_at, s.ends_at, s.jp, c.issued_at, c.revoked_at, c.revoke_reason,
                   (ca.id is not null) as credited
            from certificate c
            join participation pa on pa.id = c.participation_id
            join employee e on e.id = pa.employee_id
            join training_session s on s.id = pa.session_id
            join training_programme p on p.id = s.programme_id
            left join credited_attendance ca on ca.id = pa.id
            """;

    private final JdbcClient jdbc;
    private final CertificatePdf pdf;
    private final AuditService audit;
    private final UnitScopeService scope;
    private final Clock clock;

    CertificateService(JdbcClient jdbc, CertificatePdf pdf, AuditService audit, UnitScopeService scope, Clock clock) {
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** The caller's certificate of one participation, issued now if it was not yet. */
    public Certificate mine(long participationId) {
        long me = CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("certificate.error.not-found"));
        boolean own = jdbc.sql("""
                select count(*) from credited_attendance ca where ca.id = ? and ca.employee_id = ?""")
                .params(participationId, me).query(Long.class).single() > 0;
        if (!own) {
            throw new UserFacingException("certificate.error.not-found");
        }
        return issue(participationId);
    }

    /** The caller's certificate as a PDF; a revoked one is not handed out again. */
    public byte[] myPdf(long participationId) {
        Certificate certificate = mine(participationId);
        if (certificate.revoked()) {
            throw new UserFacingException("certificate.error.revoked");
        }
        return pdf.write(certificate);
    }

    /** The certificates of a finished session's credited participants, issued now where needed. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<Certificate> ofSession(long sessionId) {
        issueMissing("ca.session_id = :session", Map.of("session", sessionId));
        return jdbc.sql(SELECT + " where pa.session_id = ? order by e.full_name").param(sessionId)
                .query(CertificateService::certificate).list();
    }

    /**
     * One ZIP with a PDF per certificate of the session that is valid; audited. Empty sessions and
     * sessions not yet closed have none to give.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public byte[] sessionZip(long sessionId) {
        List<Certificate> valid = ofSession(sessionId).stream().filter(Certificate::valid).toList();
        if (valid.isEmpty()) {
            throw new UserFacingException("certificate.error.none-in-session");
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Set<String> names = new HashSet<>();
            for (Certificate certificate : valid) {
                String name = fileName(certificate);
                zip.putNextEntry(new ZipEntry(names.add(name) ? name : certificate.code() + ".pdf"));
                zip.write(pdf.write(certificate));
                zip.closeEntry();
            }
            zip.finish();
            audit.record(AuditAction.EXPORT, "certificates", "session " + sessionId + " · " + valid.size() + " certificates");
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Revokes a certificate; it stays in the register and its page says "dicabut". */
    @PreAuthorize(Roles.IS_ADMIN)
    public void revoke(long participationId, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw new UserFacingException("certificate.error.reason-required");
        }
        if (reason.strip().length() > 500) {
            throw new UserFacingException("certificate.error.reason-too-long", 500);
        }
        int updated = jdbc.sql("""
                update certificate set revoked_at = ?, revoked_by = ?, revoke_reason = ?
                where participation_id = ? and revoked_at is null""")
                .params(Timestamp.from(Instant.now(clock)), CurrentUser.username().orElse("?"), reason.strip(),
                        participationId).update();
        if (updated == 0) {
            throw new UserFacingException("certificate.error.not-revocable");
        }
        String code = jdbc.sql("select code from certificate where participation_id = ?").param(participationId)
                .query(String.class).single();
        audit.record(AuditAction.CERTIFICATE_REVOKED, CertificateCode.format(code), reason.strip());
    }

    /**
     * Issues the missing certificates of the credited sessions of a year for the current staff of a
     * unit in the caller's scope (and its sub-units), so an export can name every number.
     */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public int issueForUnit(Long unitId, int year) {
        Set<Long> units = scope.unitsOf(unitId);
        if (units.isEmpty()) {
            return 0;
        }
        return issueMissing("e.unit_id in (:units) and ca.starts_at >= :from and ca.starts_at < :to",
                Map.of("units", units, "from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1)));
    }

    /** Issues the caller's missing certificates, so their transcript names every number. */
    public int issueMine() {
        Optional<Long> me = CurrentUser.principal().map(PelitaUser::getEmployeeId);
        return me.map(id -> issueMissing("ca.employee_id = :me", Map.of("me", id))).orElse(0);
    }

    /**
     * Issues a certificate for every credited participation ({@code ca}, its employee {@code e}) that
     * matches {@code condition} and has none yet: once all are issued, one query and nothing written.
     */
    private int issueMissing(String condition, Map<String, ?> params) {
        List<Long> missing = jdbc.sql("""
                select ca.id from credited_attendance ca
                join employee e on e.id = ca.employee_id
                left join certificate c on c.participation_id = ca.id
                where c.id is null and\s""" + condition).params(params).query(Long.class).list();
        missing.forEach(this::insertIfMissing);
        return missing.size();
    }

    private Certificate issue(long participationId) {
        insertIfMissing(participationId);
        return find(participationId).orElseThrow(() -> new UserFacingException("certificate.error.not-found"));
    }

    Optional<Certificate> find(long participationId) {
        return jdbc.sql(SELECT + " where c.participation_id = ?").param(participationId)
                .query(CertificateService::certificate).optional();
    }

    /** A fresh code, unless another request issued this certificate first (the unique key decides). */
    private void insertIfMissing(long participationId) {
        jdbc.sql("""
                insert ignore into certificate (participation_id, code, issued_at)
                select ?, ?, ? from dual where not exists (select 1 from certificate where participation_id = ?)""")
                .params(participationId, CertificateCode.generate(), Timestamp.from(Instant.now(clock)), participationId)
                .update();
    }

    static Certificate certificate(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getLong("participation_id"), rs.getString("code"), rs.getString("full_name"),
                rs.getString("nip"), rs.getString("title"), rs.getString("competency"),
                rs.getString("organizer"), rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getTimestamp("ends_at").toLocalDateTime(), rs.getBigDecimal("jp"),
                rs.getTimestamp("issued_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoke_reason"), rs.getBoolean("credited"));
    }

    /** sertifikat-199001012015031001-siti-aminah.pdf */
    static String fileName(Certificate certificate) {
        String name = certificate.fullName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "sertifikat-" + certificate.nip() + (name.isEmpty() ? "" : "-" + name) + ".pdf";
    }
}
