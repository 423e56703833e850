package id.plaju.pelita.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The IKM per service unit and semester: recorded by an admin within 25–100, read by heads for their units. */
@PelitaSpringTest
@Transactional
class ServiceSatisfactionServiceTest {

    @Autowired
    ServiceSatisfactionService ikm;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("admin")
    void anAdminRecordsAndCorrectsASemestersIkmWithItsGrade() {
        long unit = unit("KEL-KOMPERTA");
        ikm.record(unit, 2026, 2, new BigDecimal("88.305"), 310);
        assertThat(find(unit, 2026, 2).ikm()).isEqualByComparingTo("88.31");
        assertThat(find(unit, 2026, 2).grade()).isEqualTo(IkmGrade.A);

        ikm.record(unit, 2026, 2, new BigDecimal("76.6"), 280);
        ServiceSatisfaction corrected = find(unit, 2026, 2);
        assertThat(corrected.grade()).isEqualTo(IkmGrade.C);
        assertThat(corrected.respondents()).isEqualTo(280);
        assertThat(corrected.period()).isEqualTo("2026-II");
        assertThat(jdbc.sql("select details from audit_log where action = 'SERVICE_SATISFACTION_SET' order by id")
                .query(String.class).list()).containsExactly("2026-II: 88.31 (A), 310 responden",
                        "2026-II: 76.60 (C), 280 responden");
    }

    @Test
    @WithUserDetails("admin")
    void aValueOutsideTheScaleASemesterToComeOrNoRespondentsIsRefusedAndNothingWritten() {
        long unit = unit("KEL-KOMPERTA");
        long before = count();
        assertRefused(() -> ikm.record(unit, 2026, 2, new BigDecimal("24.99"), 100), "kinerja.ikm.error.value");
        assertRefused(() -> ikm.record(unit, 2026, 2, new BigDecimal("100.01"), 100), "kinerja.ikm.error.value");
        assertRefused(() -> ikm.record(unit, 2026, 2, new BigDecimal("80"), 0), "kinerja.ikm.error.respondents");
        assertRefused(() -> ikm.record(unit, 2027, 1, new BigDecimal("80"), 100), "kinerja.ikm.error.period");
        assertRefused(() -> ikm.record(unit, 2026, 3, new BigDecimal("80"), 100), "kinerja.ikm.error.semester");
        assertRefused(() -> ikm.record(Long.MAX_VALUE, 2026, 1, new BigDecimal("80"), 100), "unit.error.not-found");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadReadsTheIkmOfTheirUnitsOnlyAndRecordsNone() {
        assertThat(ikm.list()).isNotEmpty().allSatisfy(s -> assertThat(s.unitName()).isEqualTo("Kelurahan Plaju Ulu"));
        assertThat(ikm.list()).as("four semesters of demo IKM").hasSize(4);
        assertThatThrownBy(() -> ikm.record(unit("KEL-PLAJU-ULU"), 2026, 1, new BigDecimal("80"), 100))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeReadsNoIkmList() {
        assertThatThrownBy(() -> ikm.list()).isInstanceOf(AccessDeniedException.class);
    }

    private ServiceSatisfaction find(long unit, int year, int semester) {
        return ikm.list().stream().filter(s -> s.unitId() == unit && s.year() == year && s.semester() == semester)
                .findFirst().orElseThrow();
    }

    private long count() {
        return jdbc.sql("select count(*) from service_satisfaction").query(Long.class).single();
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessageContaining(key);
    }
}
