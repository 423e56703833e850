package id.plaju.pelita.analytics;

import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.ParticipationStatus;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.SessionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An employee's way to 20 JP this year, as Beranda shows it: the JP still needed, the days left
 * (today included), and the open sessions of this year that still take them — those of programmes
 * planned from their unit's endorsed needs first, then by date.
 *
 * @param suggestions at most {@link #MAX_SUGGESTIONS}
 */
public record JpPlan(int year, BigDecimal earned, BigDecimal needed, long daysLeft, List<Suggestion> suggestions) {

    public static final int MAX_SUGGESTIONS = 5;

    /** A session to register for; {@code forNeed}: its programme answers a need of the employee's unit. */
    public record Suggestion(SessionRow session, boolean forNeed) {
    }

    public static JpPlan of(BigDecimal earned, LocalDate today, List<SessionRow> upcoming, Set<Long> needProgrammes) {
        BigDecimal needed = Jp.YEARLY_TARGET.subtract(earned).max(BigDecimal.ZERO);
        long daysLeft = ChronoUnit.DAYS.between(today, LocalDate.of(today.getYear(), 12, 31)) + 1;
        List<Suggestion> suggestions = upcoming.stream()
                .filter(s -> s.status() == SessionStatus.OPEN && s.startsAt().toLocalDate().isAfter(today)
                        && s.startsAt().getYear() == today.getYear())
                .filter(s -> s.myStatus() == null || s.myStatus() == ParticipationStatus.INVITED)
                .filter(s -> s.seatsLeft() == null || s.seatsLeft() > 0)
                .map(s -> new Suggestion(s, needProgrammes.contains(s.programmeId())))
                .sorted(Comparator.comparing((Suggestion s) -> !s.forNeed()).thenComparing(s -> s.session().startsAt()))
                .limit(MAX_SUGGESTIONS).toList();
        return new JpPlan(today.getYear(), earned, needed, daysLeft, suggestions);
    }

    public boolean reached() {
        return needed.signum() == 0;
    }

    /** The JP the suggested sessions would add. */
    public BigDecimal suggestedJp() {
        return suggestions.stream().map(s -> s.session().jp()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
