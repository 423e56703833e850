package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.ParticipationStatus;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.SessionStatus;
import id.plaju.pelita.training.TrainingMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan to 20 JP on Beranda, on a calendar: what is still needed, the days left, which sessions fit. */
class JpPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static SessionRow session(long id, long programme, LocalDateTime start, String jp, SessionStatus status,
            ParticipationStatus mine, Integer capacity, int taken) {
        return new SessionRow(id, programme, "Sesi " + id, Delivery.WORKSHOP, TrainingMode.KLASIKAL, CompetencyType.TEKNIS,
                start, start.plusHours(6), "Aula", capacity, taken, new BigDecimal(jp), status, mine);
    }

    @Test
    void theNeedAndTheDaysLeftCountToTheLastDayOfTheYear() {
        JpPlan plan = JpPlan.of(new BigDecimal("12.5"), TODAY, List.of(), Set.of());
        assertThat(plan.needed()).isEqualByComparingTo("7.5");
        assertThat(plan.daysLeft()).isEqualTo(30);
        assertThat(JpPlan.of(BigDecimal.ZERO, LocalDate.of(2026, 12, 31), List.of(), Set.of()).daysLeft()).isEqualTo(1);
        assertThat(JpPlan.of(BigDecimal.ZERO, LocalDate.of(2027, 1, 1), List.of(), Set.of()).daysLeft()).isEqualTo(365);
        assertThat(JpPlan.of(new BigDecimal("23"), TODAY, List.of(), Set.of()).reached()).isTrue();
        assertThat(JpPlan.of(new BigDecimal("23"), TODAY, List.of(), Set.of()).needed()).isEqualByComparingTo("0");
    }

    @Test
    void openSessionsOfThisYearThatStillTakeMeComeWithMyUnitsNeedsFirst() {
        List<SessionRow> sessions = List.of(
                session(1, 10, LocalDateTime.of(2026, 12, 10, 8, 0), "6", SessionStatus.OPEN, null, 30, 3),
                session(2, 20, LocalDateTime.of(2026, 12, 20, 8, 0), "8", SessionStatus.OPEN, ParticipationStatus.INVITED, null, 0),
                session(3, 10, LocalDateTime.of(2026, 12, 12, 8, 0), "6", SessionStatus.OPEN, ParticipationStatus.REGISTERED, 30, 3),
                session(4, 10, LocalDateTime.of(2026, 12, 14, 8, 0), "6", SessionStatus.OPEN, null, 10, 10),
                session(5, 10, LocalDateTime.of(2026, 12, 16, 8, 0), "6", SessionStatus.PLANNED, null, 30, 0),
                session(6, 10, LocalDateTime.of(2027, 1, 6, 8, 0), "6", SessionStatus.OPEN, null, 30, 0),
                session(7, 10, LocalDateTime.of(2026, 12, 2, 7, 0), "6", SessionStatus.OPEN, null, 30, 0));
        JpPlan plan = JpPlan.of(new BigDecimal("10"), TODAY, sessions, Set.of(20L));
        assertThat(plan.suggestions()).extracting(s -> s.session().id()).as("need first, then by date; registered, full, "
                + "planned, next year's and today's left out").containsExactly(2L, 1L);
        assertThat(plan.suggestions().getFirst().forNeed()).isTrue();
        assertThat(plan.suggestedJp()).isEqualByComparingTo("14");
    }
}
