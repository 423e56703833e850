package id.plaju.pelita.security.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Append-only: saving and reading, nothing else. */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    AuditEntry save(AuditEntry entry);

    long count();
}
