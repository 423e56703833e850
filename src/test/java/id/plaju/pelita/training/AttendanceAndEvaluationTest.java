package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An admin runs a session; attendees get their JP and exactly one evaluation each. */
@PelitaSpringTest
@Transactional
class AttendanceAndEvaluationTest {

    @Autowired
    Today today;

    @Autowired
    AttendanceService attendance;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JpLedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    long unit;
    long session;
    List<Long> staff;

    @BeforeEach
    void aSessionForAUnitOfThree() {
        TrainingFixture f = new TrainingFixture(jdbc);
        unit = f.unit("SEKSI-UJI-HADIR", "Seksi Uji Hadir");
        staff = List.of(f.employee(unit, "199101012015031801", "Dedi Uji"),
                f.employee(unit, "199101022015031802", "Eka Uji"),
                f.employee(unit, "199101032015032803", "Fajar Uji"));
        long programme = f.programme("Uji Kehadiran", "KLASIKAL", "TEKNIS");
        session = f.session(programme, LocalDateTime.of(today.date().getYear(), 1, 10, 8, 0), "4.5", "OPEN", 10);
    }

    private Map<Long, ParticipationStatus> statuses() {
        return attendance.participants(session).stream()
                .collect(Collectors.toMap(ParticipantRow::employeeId, ParticipantRow::status));
    }

    @Test
    @WithUserDetails("admin")
    void attendanceIsRecordedAndClosingCreditsTheJp() {
        assertThat(attendance.inviteUnits(session, List.of(unit))).isEqualTo(3);
        assertThat(attendance.inviteUnits(session, List.of(unit))).isZero();
        attendance.markAllPresent(session);
        long late = attendance.participants(session).stream().filter(p -> p.employeeId() == staff.get(1))
                .findFirst().orElseThrow().id();
        long sick = attendance.participants(session).stream().filter(p -> p.employeeId() == staff.get(2))
                .findFirst().orElseThrow().id();
        attendance.setStatus(late, ParticipationStatus.TERLAMBAT);
        attendance.setStatus(sick, ParticipationStatus.SAKIT);
        assertThatThrownBy(() -> attendance.setStatus(late, ParticipationStatus.REGISTERED))
                .isInstanceOf(UserFacingException.class);

        int year = today.date().getYear();
        assertThat(ledger.ledgerOf(staff.get(0), year).total()).isEqualByComparingTo("0");
        attendance.close(session);

        assertThat(statuses()).containsEntry(staff.get(0), ParticipationStatus.HADIR)
                .containsEntry(staff.get(1), ParticipationStatus.TERLAMBAT)
                .containsEntry(staff.get(2), ParticipationStatus.SAKIT);
        assertThat(ledger.ledgerOf(staff.get(0), year).total()).isEqualByComparingTo("4.5");
        assertThat(ledger.ledgerOf(staff.get(1), year).total()).isEqualByComparingTo("4.5");
        assertThat(ledger.ledgerOf(staff.get(2), year).total()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> attendance.setStatus(late, ParticipationStatus.HADIR))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("training.error.session-closed"));
    }

    @Test
    @WithUserDetails("admin")
    void registeredPeopleWithoutAttendanceAreAlpaAfterClosing() {
        jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, 'REGISTERED', now(6))")
                .params(session, staff.get(0)).update();
        attendance.close(session);
        assertThat(statuses()).containsEntry(staff.get(0), ParticipationStatus.ALPA);
    }

    @Test
    @WithUserDetails("kepala")
    void onlyAdminsRunSessions() {
        assertThatThrownBy(() -> attendance.markAllPresent(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.close(session)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAttendeeEvaluatesAClosedSessionExactlyOnce() {
        new TrainingFixture(jdbc).attend(session, staff.get(0), "HADIR");
        new TrainingFixture(jdbc).attend(session, staff.get(2), "ALPA");
        TrainingFixture.signInAs("dedi", staff.get(0));
        assertThat(evaluations.pendingForMe()).isEmpty();

        jdbc.sql("update training_session set status = 'DONE' where id = ?").param(session).update();
        assertThat(evaluations.pendingForMe()).extracting(PendingEvaluation::sessionId).containsExactly(session);

        EvaluationData answers = new EvaluationData(5, 4, 4, 5, true, "Bermanfaat untuk pelayanan.");
        evaluations.submit(session, answers);
        assertThat(evaluations.pendingForMe()).isEmpty();
        assertThatThrownBy(() -> evaluations.submit(session, answers)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("evaluation.error.already"));
        assertThat(jdbc.sql("select count(*) from training_evaluation where session_id = ?").param(session)
                .query(Integer.class).single()).isEqualTo(1);

        TrainingFixture.signInAs("fajar", staff.get(2));
        assertThatThrownBy(() -> evaluations.submit(session, answers)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("evaluation.error.not-attended"));
    }

    @Test
    void theDatabaseItselfRefusesASecondEvaluation() {
        String insert = """
                insert into training_evaluation (session_id, employee_id, relevance, usefulness, intent_to_apply,
                    trainer_quality, clashed_with_work, submitted_at) values (?, ?, 4, 4, 4, 4, false, now(6))""";
        jdbc.sql(insert).params(session, staff.get(0)).update();
        assertThatThrownBy(() -> jdbc.sql(insert).params(session, staff.get(0)).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void answersAreChecked() {
        new TrainingFixture(jdbc).attend(session, staff.get(0), "HADIR");
        jdbc.sql("update training_session set status = 'DONE' where id = ?").param(session).update();
        TrainingFixture.signInAs("dedi", staff.get(0));

        assertThatThrownBy(() -> evaluations.submit(session, new EvaluationData(6, 4, 4, 4, false, null)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> evaluations.submit(session, new EvaluationData(4, 4, 4, 4, false, "x".repeat(2001))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("evaluation.error.comment-too-long"));
    }
}
