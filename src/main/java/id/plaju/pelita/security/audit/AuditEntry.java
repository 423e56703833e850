package id.plaju.pelita.security.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log: who did what, to what, when, from where. Never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false, length = 200)
    private String target;

    @Column(updatable = false, length = 2000)
    private String details;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, String target, String details,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 60);
        this.action = action;
        this.target = truncate(target, 200);
        this.details = truncate(details, 2000);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
