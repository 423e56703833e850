package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class EmployeeServiceTest {

    @Autowired
    EmployeeService employees;

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private static EmployeeData data(String nip, Long unitId) {
        return new EmployeeData(nip, "Rina Oktaviani", Golongan.II_C, EmploymentType.PNS, PositionFamily.PELAKSANA,
                null, "Pengadministrasi Umum", unitId, true);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadListsOnlyTheStaffOfTheirUnit() {
        var page = employees.page(EmployeeFilter.none(), PageRequest.of(0, 100));

        assertThat(page.getContent()).isNotEmpty().allMatch(e -> e.unitName().equals("Kelurahan Plaju Ulu"));
        assertThat(page.getTotalElements()).isEqualTo(16);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadCannotFilterOnAnotherUnit() {
        EmployeeFilter forged = new EmployeeFilter(null, unit("KEL-KOMPERTA"), null, null);
        assertThatThrownBy(() -> employees.page(forged, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> employees.count(forged)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("camat")
    void aUnitFilterIncludesSubUnits() {
        long sekretariat = employees.count(new EmployeeFilter(null, unit("KEC-SEKRETARIAT"), null, null));
        assertThat(sekretariat).isEqualTo(2 + 8 + 6);
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeCannotListStaff() {
        assertThatThrownBy(() -> employees.page(EmployeeFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminsFindByNipPrefixOrName() {
        String nip = jdbc.sql("select nip from employee order by id limit 1").query(String.class).single();
        assertThat(employees.page(new EmployeeFilter(nip.substring(0, 12), null, null, null), PageRequest.of(0, 10))
                .getContent()).extracting(EmployeeRow::nip).contains(nip);
        assertThat(employees.count(new EmployeeFilter("yudi rahman", null, null, null))).isPositive();
        assertThat(employees.count(new EmployeeFilter("%", null, null, null))).isZero();
        assertThat(employees.count(new EmployeeFilter("_", null, null, null))).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminAddsAnEmployeeAndBirthDateAndGenderFollowTheNip() {
        EmployeeRow saved = employees.save(null, data("199202142019032011", unit("KEL-KOMPERTA")));

        assertThat(saved.birthDate()).hasYear(1992).hasMonthValue(2).hasDayOfMonth(14);
        assertThat(saved.gender()).isEqualTo(Gender.FEMALE);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'EMPLOYEE_CREATED' and target = ?")
                .param("199202142019032011").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void everyProblemIsReportedOnItsField() {
        EmployeeData bad = new EmployeeData("19920214201903301", " ", null, EmploymentType.PNS,
                PositionFamily.FUNGSIONAL, null, "", null, true);

        assertThatThrownBy(() -> employees.save(null, bad)).isInstanceOfSatisfying(EmployeeValidationException.class,
                e -> assertThat(e.getProblems()).extracting(EmployeeProblem::field).containsExactlyInAnyOrder(
                        EmployeeProblem.Field.NIP, EmployeeProblem.Field.FULL_NAME, EmployeeProblem.Field.GOLONGAN,
                        EmployeeProblem.Field.POSITION_LEVEL, EmployeeProblem.Field.POSITION_TITLE,
                        EmployeeProblem.Field.UNIT));
    }

    @Test
    @WithUserDetails("admin")
    void aNipCannotBeRegisteredTwice() {
        String taken = jdbc.sql("select nip from employee order by id limit 1").query(String.class).single();

        assertThatThrownBy(() -> employees.save(null, data(taken, unit("KEL-KOMPERTA"))))
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.getProblems())
                        .extracting(EmployeeProblem::key).containsExactly("employee.error.nip-taken"));
    }

    @Test
    @WithUserDetails("admin")
    void editingKeepsTheSameNipAllowed() {
        EmployeeRow existing = employees.page(EmployeeFilter.none(), PageRequest.of(0, 1)).getContent().getFirst();
        EmployeeData changed = new EmployeeData(existing.nip(), existing.fullName() + " S.Kom.", existing.golongan(),
                existing.employmentType(), existing.positionFamily(), existing.positionLevel(), existing.positionTitle(),
                existing.unitId(), existing.active());

        assertThat(employees.save(existing.id(), changed).fullName()).endsWith("S.Kom.");
    }

    @Test
    @WithUserDetails("kepala")
    void headsCannotEditEmployees() {
        assertThatThrownBy(() -> employees.save(null, data("199202142019032011", unit("KEL-PLAJU-ULU"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theValidatorKnowsThePositionRules() {
        EmployeeData pelaksanaWithLevel = new EmployeeData("199202142019032011", "A", Golongan.II_A,
                EmploymentType.PNS, PositionFamily.PELAKSANA, PositionLevel.AHLI_MUDA, "X", 1L, true);
        EmployeeData wrongFamily = new EmployeeData("199202142019032011", "A", null, EmploymentType.PPPK,
                PositionFamily.STRUKTURAL, PositionLevel.MAHIR, "X", 1L, true);

        assertThat(EmployeeValidator.validate(pelaksanaWithLevel)).extracting(EmployeeProblem::key)
                .containsExactly("employee.error.level-not-allowed");
        assertThat(EmployeeValidator.validate(wrongFamily)).extracting(EmployeeProblem::key)
                .containsExactly("employee.error.level-mismatch");
        assertThat(EmployeeValidator.validate(new EmployeeData("199202142019032011", "A", null, EmploymentType.PPPK,
                PositionFamily.PELAKSANA, null, "X", 1L, true))).isEmpty();
        assertThat(List.of(PositionLevel.values())).allMatch(l -> l.family() != PositionFamily.PELAKSANA);
    }
}
