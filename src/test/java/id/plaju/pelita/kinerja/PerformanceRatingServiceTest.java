package id.plaju.pelita.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees and who enters a predikat: the employee their own, the head (kepala, Plaju Ulu) their
 * current staff — never their own, never another unit's, whatever id is sent — and the admin anyone;
 * every change audited with the value before and after.
 */
@PelitaSpringTest
@Transactional
class PerformanceRatingServiceTest {

    private static final int YEAR = 2025;

    @Autowired
    PerformanceRatingService ratings;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("kepala")
    void aHeadSeesTheirStaffAndEntersAndCorrectsTheirPredikatEachChangeAudited() {
        List<PerformanceRating> staff = ratings.staff(YEAR, null);
        assertThat(staff).isNotEmpty().allSatisfy(r -> assertThat(r.unitName()).isEqualTo("Kelurahan Plaju Ulu"));
        assertThat(staff).extracting(PerformanceRating::employeeId)
                .containsExactlyInAnyOrderElementsOf(staffOf("KEL-PLAJU-ULU"));
        long pegawai = employeeOf("pegawai");
        jdbc.sql("delete from performance_rating where employee_id = ? and rating_year = ?").params(pegawai, YEAR).update();

        ratings.set(pegawai, YEAR, Predikat.BAIK);
        ratings.set(pegawai, YEAR, Predikat.SANGAT_BAIK);
        ratings.set(pegawai, YEAR, Predikat.SANGAT_BAIK); // no change, no entry

        assertThat(jdbc.sql("select concat(predikat, ' ', source, ' ', updated_by) from performance_rating"
                + " where employee_id = ? and rating_year = ?").params(pegawai, YEAR).query(String.class).single())
                .isEqualTo("SANGAT_BAIK HEAD kepala");
        assertThat(jdbc.sql("""
                select details from audit_log where action = 'PERFORMANCE_RATING_SET' and actor = 'kepala'
                  and target = (select nip from employee where id = ?) order by id""").param(pegawai)
                .query(String.class).list())
                .containsExactly(YEAR + ": — → Baik", YEAR + ": Baik → Sangat Baik");
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadCannotRateThemselvesNorAnyoneOutsideTheirUnitsWhateverIdIsSent() {
        long other = staffOf("KEL-KOMPERTA").getFirst();
        assertThatThrownBy(() -> ratings.set(other, YEAR, Predikat.SANGAT_BAIK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.set(employeeOf("kepala"), YEAR, Predikat.SANGAT_BAIK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.set(Long.MAX_VALUE, YEAR, Predikat.BAIK)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("employee.error.not-found");
        long komperta = jdbc.sql("select id from unit where code = 'KEL-KOMPERTA'").query(Long.class).single();
        assertThatThrownBy(() -> ratings.staff(YEAR, komperta)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PERFORMANCE_RATING_SET' and actor = 'kepala'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("kepala")
    void aYearBeforeTheFirstOrAfterThisOneIsRefused() {
        long pegawai = employeeOf("pegawai");
        assertThatThrownBy(() -> ratings.set(pegawai, 2027, Predikat.BAIK)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("kinerja.error.year");
        assertThatThrownBy(() -> ratings.set(pegawai, PerformanceRatingService.FIRST_YEAR - 1, Predikat.BAIK))
                .isInstanceOf(UserFacingException.class);
        assertThat(ratings.years()).first().isEqualTo(2026);
        assertThat(ratings.years()).last().isEqualTo(PerformanceRatingService.FIRST_YEAR);
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesOnlyTheirOwnAndEntersNothing() {
        long pegawai = employeeOf("pegawai");
        List<String> own = jdbc.sql("select predikat from performance_rating where employee_id = ? order by rating_year desc")
                .param(pegawai).query(String.class).list();
        assertThat(own).as("two years of demo predikat").hasSize(2);
        assertThat(ratings.mine().values()).extracting(Predikat::name).containsExactlyElementsOf(own);
        assertThat(ratings.mine().keySet()).containsExactly(2025, 2024);

        assertThatThrownBy(() -> ratings.staff(YEAR, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.set(pegawai, YEAR, Predikat.SANGAT_BAIK)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminSeesEveryoneAndRatesAnyone() {
        assertThat(ratings.staff(YEAR, null)).hasSize(jdbc.sql("select count(*) from employee where active")
                .query(Integer.class).single());
        long kepala = employeeOf("kepala");
        ratings.set(kepala, YEAR, Predikat.KURANG);
        assertThat(jdbc.sql("select source from performance_rating where employee_id = ? and rating_year = ?")
                .params(kepala, YEAR).query(String.class).single()).isEqualTo("ADMIN");
        assertThat(ratings.mine()).as("the admin has no employee record").isEmpty();
    }

    private long employeeOf(String username) {
        return jdbc.sql("select employee_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private List<Long> staffOf(String unitCode) {
        return jdbc.sql("select e.id from employee e join unit u on u.id = e.unit_id where u.code = ? and e.active order by e.id")
                .param(unitCode).query(Long.class).list();
    }
}
