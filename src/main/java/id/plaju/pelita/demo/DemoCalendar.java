package id.plaju.pelita.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date of the demo data, counted from today so the portal never goes stale: training
 * history over the previous 23 months and the days of this month already past, four semester
 * survey rounds closed before an open round that runs now, and sessions to register for in the
 * coming weeks. On 2 December 2026 it gives the dates the demo data had when they were fixed.
 */
record DemoCalendar(LocalDate today) {

    static final int HISTORY_MONTHS = 23;

    /** A survey round of the demo data. */
    record Round(String title, LocalDate opens, LocalDate closes, boolean open) {
    }

    /** The first month of the training history. */
    LocalDate firstMonth() {
        return today.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
    }

    /** The whole months of training history, oldest first; this month follows separately. */
    List<LocalDate> historyMonths() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = firstMonth(); m.isBefore(today.withDayOfMonth(1)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** This month, whose sessions count only when they started before today. */
    LocalDate thisMonth() {
        return today.withDayOfMonth(1);
    }

    boolean isPast(LocalDateTime start) {
        return start.toLocalDate().isBefore(today);
    }

    /** The day of a nonklasikal activity: {@code monthOffset} 0–21 months into the history. */
    LocalDate activityDate(int monthOffset, int day) {
        return firstMonth().plusMonths(monthOffset).withDayOfMonth(day);
    }

    /** The open sessions ahead: a first one in about a week, then every two weeks. */
    LocalDateTime openSession(int i) {
        return workday(today.plusDays(6)).plusWeeks(2L * i).atTime(LocalTime.of(8, 30));
    }

    /** A planned session, a little over two months ahead. */
    LocalDateTime plannedSession() {
        return workday(today.plusDays(69)).atTime(LocalTime.of(8, 30));
    }

    /** The four semester rounds (March and September) closed before the open round, then the open round. */
    List<Round> rounds() {
        LocalDate opens = today.minusDays(16);
        List<Round> closed = new ArrayList<>();
        for (int year = today.getYear(); closed.size() < 4; ) {
            for (int month : new int[] {9, 3}) {
                Round round = semester(year, month);
                if (closed.size() < 4 && round.closes().isBefore(opens)) {
                    closed.addFirst(round);
                }
            }
            year--;
        }
        List<Round> rounds = new ArrayList<>(closed);
        rounds.add(new Round("Survei Motivasi Kerja " + period(today), opens, today.plusDays(16), true));
        return rounds;
    }

    private static Round semester(int year, int month) {
        LocalDate opens = workday(LocalDate.of(year, month, 1));
        LocalDate closes = opens.plusDays(18).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return new Round("Survei Motivasi Kerja Semester " + (month == 3 ? "I " : "II ") + year, opens, closes, false);
    }

    private static String period(LocalDate day) {
        String part = day.getMonthValue() >= 10 ? "Akhir Tahun" : day.getMonthValue() <= 3 ? "Awal Tahun"
                : "Pertengahan Tahun";
        return part + " " + day.getYear();
    }

    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
