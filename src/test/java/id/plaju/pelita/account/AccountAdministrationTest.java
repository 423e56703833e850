package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class AccountAdministrationTest {

    @Autowired
    Today today;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    private long employeeWithoutAccount() {
        return jdbc.sql("""
                select e.id from employee e where not exists (select 1 from user_account a where a.employee_id = e.id)
                order by e.id limit 1""").query(Long.class).single();
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private long accountId(String username) {
        return repository.findByUsername(username).orElseThrow().getId();
    }

    private List<String> audit(String action, String target) {
        return jdbc.sql("select coalesce(details, '') from audit_log where action = ? and target = ? order by id")
                .params(action, target).query(String.class).list();
    }

    @Test
    @WithUserDetails("admin")
    void anAccountForAnEmployeeGetsATemporaryPasswordAndTheNipAsUsername() {
        long employee = employeeWithoutAccount();
        String nip = jdbc.sql("select nip from employee where id = ?").param(employee).query(String.class).single();

        TemporaryPassword temporary = accounts.create(employee, "", List.of(Roles.EMPLOYEE, Roles.HEAD),
                List.of(unit("KEL-KOMPERTA")));

        UserAccount created = repository.findByUsername(temporary.username()).orElseThrow();
        assertThat(temporary.username()).isEqualTo(nip);
        assertThat(passwordEncoder.matches(temporary.password(), created.getPasswordHash())).isTrue();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getEmployeeId()).isEqualTo(employee);
        assertThat(created.getHeadedUnitIds()).containsExactly(unit("KEL-KOMPERTA"));
        assertThat(audit("ACCOUNT_CREATED", nip)).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void anEmployeeHasAtMostOneAccountAndAHeadHeadsAUnit() {
        long employee = employeeWithoutAccount();
        accounts.create(employee, "satu", List.of(Roles.EMPLOYEE), List.of());

        assertRefused(() -> accounts.create(employee, "dua", List.of(Roles.EMPLOYEE), List.of()),
                "account.error.employee-has-account");
        assertRefused(() -> accounts.create(employeeWithoutAccount(), "satu", List.of(Roles.EMPLOYEE), List.of()),
                "account.error.username-taken");
        assertRefused(() -> accounts.create(employeeWithoutAccount(), "tiga", List.of(Roles.HEAD), List.of()),
                "account.error.head-needs-unit");
        assertRefused(() -> accounts.create(employeeWithoutAccount(), "empat", List.of(), List.of()),
                "account.error.role-required");
        assertRefused(() -> accounts.create(employeeWithoutAccount(), "a b", List.of(Roles.EMPLOYEE), List.of()),
                "account.error.username-format");
    }

    @Test
    @WithUserDetails("admin")
    void roleChangesAreAuditedBeforeAndAfter() {
        accounts.updateRoles(accountId("pegawai"), List.of(Roles.EMPLOYEE, Roles.HEAD), List.of(unit("KEL-PLAJU-ULU")));

        assertThat(repository.findByUsername("pegawai").orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.HEAD);
        assertThat(audit("ROLES_CHANGED", "pegawai")).containsExactly("[EMPLOYEE] → [EMPLOYEE, HEAD]");
        assertThat(audit("HEAD_UNITS_CHANGED", "pegawai")).containsExactly("[] → [" + unit("KEL-PLAJU-ULU") + "]");
    }

    @Test
    @WithUserDetails("admin")
    void theLastAdminCanNeitherLoseTheRoleNorBeDisabled() {
        long admin = accountId("admin");

        assertRefused(() -> accounts.setEnabled(admin, false), "account.error.last-admin");
        assertRefused(() -> accounts.updateRoles(admin, List.of(Roles.EMPLOYEE), List.of()), "account.error.last-admin");

        accounts.updateRoles(accountId("camat"), List.of(Roles.ADMIN, Roles.HEAD, Roles.EMPLOYEE),
                List.of(unit("KEC-PLAJU")));
        accounts.setEnabled(admin, false);
        assertThat(repository.findByUsername("admin").orElseThrow().isEnabled()).isFalse();
        assertThat(audit("ACCOUNT_DISABLED", "admin")).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void aResetGivesANewTemporaryPasswordAndUnlocks() {
        jdbc.sql("update user_account set locked_until = ? where username = 'pegawai'")
                .param(java.sql.Timestamp.from(today.clock().instant().plusSeconds(900))).update();
        UserAccount pegawai = repository.findByUsername("pegawai").orElseThrow();
        assertThat(pegawai.getLockedUntil()).isNotNull();

        TemporaryPassword temporary = accounts.resetPassword(pegawai.getId());

        UserAccount after = repository.findByUsername("pegawai").orElseThrow();
        assertThat(passwordEncoder.matches(temporary.password(), after.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("pelita123", after.getPasswordHash())).isFalse();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(audit("PASSWORD_RESET", "pegawai")).hasSize(1);
    }

    @Test
    @WithUserDetails("pegawai")
    void everyoneChangesTheirOwnPasswordUnderThePolicy() {
        assertRefused(() -> accounts.changeOwnPassword("salah", "Sungai-Musi-2026"), "password.error.current-wrong");
        assertRefused(() -> accounts.changeOwnPassword("pelita123", "pendek"), "password.error.too-short");

        accounts.changeOwnPassword("pelita123", "Sungai-Musi-2026");

        UserAccount after = repository.findByUsername("pegawai").orElseThrow();
        assertThat(passwordEncoder.matches("Sungai-Musi-2026", after.getPasswordHash())).isTrue();
        assertThat(accounts.mustChangeOwnPassword()).isFalse();
        assertThat(audit("PASSWORD_CHANGED", "pegawai")).hasSize(1);
    }

    @Test
    @WithUserDetails("kepala")
    void onlyAdminsAdministerAccounts() {
        long pegawai = accountId("pegawai");
        assertThatThrownBy(() -> accounts.resetPassword(pegawai)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.updateRoles(pegawai, Set.of(Roles.ADMIN), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isEqualTo(key));
    }
}
