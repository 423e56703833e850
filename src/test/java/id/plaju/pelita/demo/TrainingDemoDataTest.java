package id.plaju.pelita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.TrainingService;
import id.plaju.pelita.training.UnitCompliance;
import id.plaju.pelita.training.JpLedgerService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
@WithUserDetails("admin")
class TrainingDemoDataTest {

    @Autowired
    TrainingService trainings;

    @Autowired
    JpLedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoYearsOfSessionsWithAttendanceAndEvaluations() {
        for (int year : List.of(2025, 2026)) {
            assertThat(jdbc.sql("select count(*) from training_session where status = 'DONE' and year(starts_at) = ?")
                    .param(year).query(Integer.class).single()).as("sessions in %d", year).isGreaterThanOrEqualTo(20);
        }
        assertThat(jdbc.sql("select count(*) from participation where status in ('HADIR', 'TERLAMBAT')")
                .query(Integer.class).single()).isGreaterThan(500);
        assertThat(jdbc.sql("select count(*) from training_evaluation").query(Integer.class).single()).isGreaterThan(300);
        assertThat(jdbc.sql("select count(*) from training_session where status = 'OPEN'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void someStaffAreGreenSomeAmberSomeRed() {
        List<UnitCompliance> units = ledger.unitCompliance(2026);
        assertThat(units.stream().mapToLong(UnitCompliance::green).sum()).isPositive();
        assertThat(units.stream().mapToLong(UnitCompliance::amber).sum()).isPositive();
        assertThat(units.stream().mapToLong(UnitCompliance::red).sum()).isPositive();
    }

    @Test
    void exactlyTheIrrelevantProgrammeIsFlaggedForReview() {
        assertThat(trainings.programmes()).filteredOn(ProgrammeRow::needsReview).extracting(ProgrammeRow::title)
                .containsExactly(TrainingDemoData.FLAGGED_PROGRAMME);
    }
}
