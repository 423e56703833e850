package id.plaju.pelita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCalendarTest {

    @Test
    void onTheDayTheDemoDataWereFixedItGivesTheirDates() {
        DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 12, 2));

        assertThat(calendar.rounds()).extracting(DemoCalendar.Round::title, DemoCalendar.Round::opens,
                DemoCalendar.Round::closes).containsExactly(
                        tuple("Survei Motivasi Kerja Semester I 2025", "2025-03-03", "2025-03-21"),
                        tuple("Survei Motivasi Kerja Semester II 2025", "2025-09-01", "2025-09-19"),
                        tuple("Survei Motivasi Kerja Semester I 2026", "2026-03-02", "2026-03-20"),
                        tuple("Survei Motivasi Kerja Semester II 2026", "2026-09-01", "2026-09-18"),
                        tuple("Survei Motivasi Kerja Akhir Tahun 2026", "2026-11-16", "2026-12-18"));
        assertThat(calendar.historyMonths()).hasSize(23).startsWith(LocalDate.of(2025, 1, 1))
                .endsWith(LocalDate.of(2026, 11, 1));
        assertThat(calendar.openSession(0)).isEqualTo(LocalDateTime.of(2026, 12, 8, 8, 30));
        assertThat(calendar.plannedSession()).isEqualTo(LocalDateTime.of(2027, 2, 9, 8, 30));
    }

    @Test
    void onEveryDayOfTheComingYearsTheDataAreCurrent() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            LocalDate today = day;
            DemoCalendar calendar = new DemoCalendar(today);
            List<DemoCalendar.Round> rounds = calendar.rounds();

            assertThat(rounds).as("rounds on %s", today).hasSize(5);
            assertThat(rounds).filteredOn(DemoCalendar.Round::open).singleElement()
                    .satisfies(open -> {
                        assertThat(open.opens()).isBefore(today);
                        assertThat(open.closes()).isAfter(today);
                    });
            for (int i = 0; i < 4; i++) {
                DemoCalendar.Round closed = rounds.get(i);
                assertThat(closed.open()).isFalse();
                assertThat(closed.closes()).as("closed round %s on %s", closed.title(), today)
                        .isBefore(rounds.get(i + 1).opens());
                assertThat(closed.opens()).isAfter(today.minusMonths(26)).isBefore(closed.closes());
                assertThat(closed.opens().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            assertThat(rounds).extracting(DemoCalendar.Round::title).doesNotHaveDuplicates();

            assertThat(calendar.historyMonths()).hasSize(DemoCalendar.HISTORY_MONTHS)
                    .allMatch(month -> month.plusMonths(1).minusDays(1).isBefore(today));
            assertThat(calendar.firstMonth()).isAfter(today.minusMonths(24));
            assertThat(calendar.activityDate(21, 27)).isBefore(today);
            for (int i = 0; i < 4; i++) {
                LocalDateTime session = calendar.openSession(i);
                assertThat(session.toLocalDate()).isAfter(today).isBefore(today.plusWeeks(8));
                assertThat(session.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            assertThat(calendar.plannedSession().toLocalDate()).isAfter(calendar.openSession(3).toLocalDate());
        }
    }

    @Test
    void aSessionCountsAsHistoryOnlyWhenItStartedBeforeToday() {
        DemoCalendar calendar = new DemoCalendar(LocalDate.of(2027, 1, 15));

        assertThat(calendar.isPast(LocalDateTime.of(2027, 1, 14, 8, 30))).isTrue();
        assertThat(calendar.isPast(LocalDateTime.of(2027, 1, 15, 8, 30))).isFalse();
        assertThat(calendar.thisMonth()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private static org.assertj.core.groups.Tuple tuple(String title, String opens, String closes) {
        return org.assertj.core.groups.Tuple.tuple(title, LocalDate.parse(opens), LocalDate.parse(closes));
    }
}
