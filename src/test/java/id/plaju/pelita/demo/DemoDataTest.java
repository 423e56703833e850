package id.plaju.pelita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.organization.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@PelitaSpringTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Today today;

    @Test
    void theDataAreCountedFromTheClocksTodaySoTheyNeverGoStale() {
        LocalDate day = today.date();
        assertThat(day).isEqualTo(TestClock.TODAY);

        assertThat(jdbc.sql("select count(*) from survey_round where status = 'OPEN' and opens_on < ? and closes_on > ?")
                .params(day, day).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_round where status = 'CLOSED' and closes_on < ? and opens_on > ?")
                .params(day, day.minusMonths(26)).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select min(starts_at) from training_session where status = 'OPEN'")
                .query(LocalDateTime.class).single()).isAfter(day.atStartOfDay()).isBefore(day.plusWeeks(2).atStartOfDay());
        assertThat(jdbc.sql("select count(*) from training_session where status = 'DONE' and (starts_at >= ? or starts_at < ?)")
                .params(day, day.minusMonths(24)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from training_session where status = 'DONE' and year(starts_at) = ?")
                .param(day.getYear()).query(Long.class).single()).isGreaterThan(15);
    }

    @Test
    void hasTheUnitsOfPlajuWithItsSevenKelurahan() {
        List<String> kelurahan = jdbc.sql("select name from unit where type = 'KELURAHAN' order by name")
                .query(String.class).list();

        assertThat(kelurahan).containsExactly("Kelurahan Bagus Kuning", "Kelurahan Komperta",
                "Kelurahan Plaju Darat", "Kelurahan Plaju Ilir", "Kelurahan Plaju Ulu", "Kelurahan Talang Bubuk",
                "Kelurahan Talang Putri");
        assertThat(jdbc.sql("select count(*) from unit where parent_id is null").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void hasAbout150EmployeesWithValidUniqueNips() {
        List<String> nips = jdbc.sql("select nip from employee").query(String.class).list();

        assertThat(nips).hasSize(150).doesNotHaveDuplicates().allMatch(Nip::isValid);
        assertThat(jdbc.sql("select count(*) from employee e where e.birth_date <> str_to_date(left(e.nip, 8), '%Y%m%d')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void demoAccountsHaveTheContractedRolesAndPassword() {
        assertThat(roles("admin")).containsExactly("ADMIN");
        assertThat(roles("kepala")).containsExactly("EMPLOYEE", "HEAD");
        assertThat(roles("camat")).containsExactly("EMPLOYEE", "HEAD");
        assertThat(roles("pegawai")).containsExactly("EMPLOYEE");
        for (String user : List.of("admin", "kepala", "camat", "pegawai")) {
            String hash = jdbc.sql("select password_hash from user_account where username = ?").param(user)
                    .query(String.class).single();
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches("pelita123", hash)).isTrue();
        }
    }

    @Test
    void kepalaHeadsPlajuUluAndPegawaiWorksThere() {
        assertThat(headedUnits("kepala")).containsExactly("KEL-PLAJU-ULU");
        assertThat(headedUnits("camat")).containsExactly("KEC-PLAJU");
        assertThat(jdbc.sql("""
                select u.code from user_account a join employee e on e.id = a.employee_id join unit u on u.id = e.unit_id
                where a.username = 'pegawai'""").query(String.class).single()).isEqualTo("KEL-PLAJU-ULU");
    }

    @Test
    void isGeneratedFromAFixedSeed() {
        // the first generated employee (the camat) is the same person on every start
        assertThat(jdbc.sql("select full_name from employee order by id limit 1").query(String.class).single())
                .isEqualTo(jdbc.sql("select display_name from user_account where username = 'camat'")
                        .query(String.class).single())
                .isEqualTo("Yudi Rahman");
    }

    private List<String> roles(String username) {
        return jdbc.sql("""
                select r.role from user_account_role r join user_account a on a.id = r.user_account_id
                where a.username = ? order by r.role""").param(username).query(String.class).list();
    }

    private List<String> headedUnits(String username) {
        return jdbc.sql("""
                select u.code from user_account_head_unit h join user_account a on a.id = h.user_account_id
                join unit u on u.id = h.unit_id where a.username = ?""").param(username).query(String.class).list();
    }
}
