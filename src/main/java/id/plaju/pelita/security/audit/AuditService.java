package id.plaju.pelita.security.audit;

import id.plaju.pelita.base.Like;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way into the audit log. Entries are written in the caller's transaction, so a change
 * that rolls back leaves no entry claiming it happened; only administrators read them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class AuditService {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or "anonymous"), from the current request's address. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void record(AuditAction action, String target, String details) {
        recordAs(currentActor(), action, target, details, currentRemoteAddress());
    }

    /** Records an action of a named actor, e.g. a sign-in attempt before anyone is signed in. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordAs(String actor, AuditAction action, String target, String details, String remoteAddress) {
        entries.save(new AuditEntry(Instant.now(clock), StringUtils.hasText(actor) ? actor : "anonymous",
                action, target, details, remoteAddress));
    }

    public Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        return entries.findAll(specification(filter), pageable);
    }

    public long count(AuditFilter filter) {
        return entries.count(specification(filter));
    }

    private static Specification<AuditEntry> specification(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            if (StringUtils.hasText(filter.actor())) {
                predicates.add(cb.like(root.get("actor"), Like.startsWith(filter.actor().strip()), Like.ESCAPE));
            }
            if (filter.action() != null) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String currentActor() {
        return CurrentUser.username().orElse("anonymous");
    }

    private static String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
