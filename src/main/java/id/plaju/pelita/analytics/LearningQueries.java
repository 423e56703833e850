package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.ProgrammeChain;
import id.plaju.pelita.survey.AnonymityProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learning and application per programme (Kirkpatrick levels 2 and 3) for the current staff of some
 * units, over the sessions that ended in a year: the pre- and post-test (paired per person for the
 * gain), the share reaching the pass mark, the share of reported actions done, and the atasan's mean
 * rating. Each figure counts only with at least the anonymity threshold of people behind it.
 */
@Component
class LearningQueries {

    /**
     * Per post-test taken (a person who attended two sessions of a programme counts twice in the means,
     * once in the gate): the post score and pass, and the pre score of the same session if taken.
     */
    static final String TESTS = """
            select s.programme_id, p.title, post.employee_id, post.score as post, post.passed, pre.score as pre
            from knowledge_test_attempt post
            join training_session s on s.id = post.session_id
            join training_programme p on p.id = s.programme_id
            join current_employee e on e.id = post.employee_id
            left join knowledge_test_attempt pre on pre.session_id = post.session_id
                and pre.employee_id = post.employee_id and pre.phase = 'PRE'
            where post.phase = 'POST' and e.unit_id in (:units) and s.ends_at >= :from and s.ends_at < :to""";

    /** Every reported action of the units' current staff. */
    static final String ACTIONS = """
            select s.programme_id, p.title, ap.employee_id, ap.outcome
            from action_plan ap
            join training_session s on s.id = ap.session_id
            join training_programme p on p.id = s.programme_id
            join current_employee e on e.id = ap.employee_id
            where ap.reported_at is not null and e.unit_id in (:units) and s.ends_at >= :from and s.ends_at < :to""";

    /** Every atasan rating of the units' current staff. */
    static final String RATINGS = """
            select s.programme_id, p.title, r.rating
            from application_rating r
            join training_session s on s.id = r.session_id
            join training_programme p on p.id = s.programme_id
            join current_employee e on e.id = r.employee_id
            where e.unit_id in (:units) and s.ends_at >= :from and s.ends_at < :to""";

    private final JdbcClient jdbc;
    private final AnonymityProperties anonymity;

    LearningQueries(JdbcClient jdbc, AnonymityProperties anonymity) {
        this.jdbc = jdbc;
        this.anonymity = anonymity;
    }

    private static final class Tally {
        String title;
        final Set<Long> tested = new HashSet<>();
        int attempts;
        int passed;
        double postSum;
        int paired;
        double preSum;
        double pairedPostSum;
        final Set<Long> reporters = new HashSet<>();
        int actions;
        int done;
        int rated;
        int ratingSum;
    }

    /**
     * Per programme with any test, report or rating in the year, lowest application rate first (those
     * without one last), then by title.
     */
    List<ProgrammeChain> chain(int year, Set<Long> units) {
        return chain(DashboardService.year(year), units);
    }

    /** The chain of one programme over all its sessions, or nothing when no one was tested, reported or rated. */
    Optional<ProgrammeChain> allTime(long programmeId, Set<Long> units) {
        return chain(Map.of("from", LocalDate.of(1900, 1, 1), "to", LocalDate.of(9999, 1, 1)), units)
                .stream().filter(c -> c.programmeId() == programmeId).findFirst();
    }

    private List<ProgrammeChain> chain(Map<String, Object> period, Set<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        jdbc.sql(TESTS).param("units", units).params(period).query(rs -> {
            Tally t = tally(tallies, rs.getLong("programme_id"), rs.getString("title"));
            t.tested.add(rs.getLong("employee_id"));
            double post = rs.getDouble("post");
            t.attempts++;
            t.postSum += post;
            t.passed += rs.getBoolean("passed") ? 1 : 0;
            double pre = rs.getDouble("pre");
            if (!rs.wasNull()) {
                t.paired++;
                t.preSum += pre;
                t.pairedPostSum += post;
            }
        });
        jdbc.sql(ACTIONS).param("units", units).params(period).query(rs -> {
            Tally t = tally(tallies, rs.getLong("programme_id"), rs.getString("title"));
            t.reporters.add(rs.getLong("employee_id"));
            t.actions++;
            t.done += "DONE".equals(rs.getString("outcome")) ? 1 : 0;
        });
        jdbc.sql(RATINGS).param("units", units).params(period).query(rs -> {
            Tally t = tally(tallies, rs.getLong("programme_id"), rs.getString("title"));
            t.rated++;
            t.ratingSum += rs.getInt("rating");
        });
        int k = anonymity.minGroupSize();
        List<ProgrammeChain> chain = new ArrayList<>();
        tallies.forEach((programme, t) -> {
            int tested = t.tested.size();
            boolean testShown = tested >= k;
            boolean pairShown = t.paired >= k;
            boolean applicationShown = t.reporters.size() >= k;
            chain.add(new ProgrammeChain(programme, t.title, tested,
                    pairShown ? t.preSum / t.paired : null,
                    testShown ? t.postSum / t.attempts : null,
                    pairShown ? (t.pairedPostSum - t.preSum) / t.paired : null,
                    testShown ? (double) t.passed / t.attempts : null,
                    t.reporters.size(), applicationShown ? (double) t.done / t.actions : null,
                    t.rated, t.rated >= k ? (double) t.ratingSum / t.rated : null));
        });
        chain.sort(Comparator.comparing(ProgrammeChain::applicationRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ProgrammeChain::title));
        return chain;
    }

    private static Tally tally(Map<Long, Tally> tallies, long programme, String title) {
        Tally t = tallies.computeIfAbsent(programme, p -> new Tally());
        t.title = title;
        return t;
    }
}
