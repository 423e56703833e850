package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.ProgrammeComments;
import id.plaju.pelita.analytics.DashboardService.ProgrammeRelevance;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.training.TrainingService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of the dashboard's section *Evaluasi pelatihan*: relevance and the scorecard, and comments (larger groups only). */
@Component
class EvaluationQueries {

    static final String RELEVANCE = """
            select p.id, p.title, count(*) as n, avg(e.relevance) as relevance,
                   avg(case when e.clashed_with_work then 1.0 else 0.0 end) as clash,
                   avg(e.usefulness) as usefulness, avg(e.intent_to_apply) as intent, avg(e.trainer_quality) as trainer
            from training_evaluation e
            join employee em on em.id = e.employee_id
            join training_session s on s.id = e.session_id
            join training_programme p on p.id = s.programme_id
            where em.unit_id in (:units) and s.starts_at >= :from and s.starts_at < :to
              and (:competency is null or p.competency = :competency) and (:programme is null or p.id = :programme)
            group by p.id, p.title
            order by avg(e.relevance) desc, p.title""";

    static final String COMMENTS = """
            select c.programme_id, c.comment from (
                select s.programme_id, e.comment,
                       row_number() over (partition by s.programme_id order by e.submitted_at desc, e.id desc) as nr
                from training_evaluation e
                join employee em on em.id = e.employee_id
                join training_session s on s.id = e.session_id
                where s.programme_id in (:programmes) and em.unit_id in (:units)
                  and s.starts_at >= :from and s.starts_at < :to and e.comment is not null and e.comment <> '') c
            where c.nr <=\s""" + DashboardService.COMMENTS_PER_PROGRAMME + " order by c.programme_id, c.nr";

    private final JdbcClient jdbc;
    private final AnonymityProperties anonymity;

    EvaluationQueries(JdbcClient jdbc, AnonymityProperties anonymity) {
        this.jdbc = jdbc;
        this.anonymity = anonymity;
    }

    /** The ranking, of one programme only when {@code programmeId} is given. */
    List<ProgrammeRelevance> relevanceRanking(int year, String competency, Long programmeId, UnitBreakdown breakdown) {
        if (breakdown.covered().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RELEVANCE).param("units", breakdown.covered()).params(DashboardService.year(year))
                .param("competency", competency).param("programme", programmeId)
                .query((rs, i) -> {
                    long n = rs.getLong("n");
                    boolean small = n < anonymity.minGroupSize();
                    Double relevance = small ? null : rs.getDouble("relevance");
                    return new ProgrammeRelevance(rs.getLong("id"), rs.getString("title"), n, relevance,
                            small ? null : rs.getDouble("clash"), small, small ? null : rs.getDouble("usefulness"),
                            small ? null : rs.getDouble("intent"), small ? null : rs.getDouble("trainer"),
                            TrainingService.needsReview(n, relevance));
                }).list();
    }

    List<ProgrammeComments> comments(int year, UnitBreakdown breakdown, List<ProgrammeRelevance> ranking) {
        List<Long> allowed = ranking.stream().filter(p -> p.n() >= anonymity.minCommentGroupSize())
                .map(ProgrammeRelevance::programmeId).toList();
        Map<Long, List<String>> byProgramme = new HashMap<>();
        if (!allowed.isEmpty()) {
            jdbc.sql(COMMENTS).param("programmes", allowed).param("units", breakdown.covered()).params(DashboardService.year(year))
                    .query((rs, i) -> byProgramme.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                            .add(rs.getString("comment"))).list();
        }
        return ranking.stream().map(p -> {
            boolean small = p.n() < anonymity.minCommentGroupSize();
            return new ProgrammeComments(p.programmeId(), p.title(), p.n(), small ? List.of() : byProgramme.getOrDefault(p.programmeId(),
                    List.of()), small);
        }).toList();
    }
}
