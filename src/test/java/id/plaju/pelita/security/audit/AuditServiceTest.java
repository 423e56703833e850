package id.plaju.pelita.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class AuditServiceTest {

    @Autowired
    Today today;

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void entriesAreFilteredByActorActionAndTime() {
        audit.record(AuditAction.EXPORT, "panel-uji", "uji 1");
        audit.recordAs("robot-uji", AuditAction.EXPORT, "panel-uji", "uji 2", "10.0.0.9");

        var byActor = audit.page(new AuditFilter(null, null, "robot-uji", null), PageRequest.of(0, 10));
        assertThat(byActor.getContent()).singleElement().satisfies(e -> {
            assertThat(e.getDetails()).isEqualTo("uji 2");
            assertThat(e.getRemoteAddress()).isEqualTo("10.0.0.9");
        });
        var exports = audit.page(new AuditFilter(null, null, null, AuditAction.EXPORT),
                PageRequest.of(0, 10, Sort.by("id")));
        assertThat(exports.getContent()).extracting(AuditEntry::getActor).containsExactly("admin", "robot-uji");
        Instant now = today.clock().instant();
        assertThat(audit.count(new AuditFilter(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), null,
                AuditAction.EXPORT))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(now.plus(1, ChronoUnit.HOURS), null, null, AuditAction.EXPORT))).isZero();
    }

    @Test
    @WithAnonymousUser
    void anonymousAttemptsAreRecordedButNotReadable() {
        audit.record(AuditAction.LOGIN_FAILED, "seseorang", null);

        assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "kepala", roles = {"HEAD", "EMPLOYEE"})
    void onlyAdminsReadTheLog() {
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void longValuesAreShortenedNotRefused() {
        AuditEntry entry = new AuditEntry(today.clock().instant(), "x".repeat(100), AuditAction.EXPORT, null, "y".repeat(3000),
                null);
        assertThat(entry.getActor()).hasSize(60);
        assertThat(entry.getDetails()).hasSize(2000).endsWith("…");
    }
}
