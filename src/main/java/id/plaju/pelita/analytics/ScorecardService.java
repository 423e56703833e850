package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.AlumniPredikat;
import id.plaju.pelita.analytics.DashboardService.ProgrammeChain;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.training.CurriculumReview;
import id.plaju.pelita.training.CurriculumReviewService;
import id.plaju.pelita.training.ProgrammeVersion;
import id.plaju.pelita.training.ReviewReason;
import id.plaju.pelita.training.TrainingService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's scorecard from reaction to performance, for the viewer's scope (an admin: the whole
 * organisation), one column per version of the programme so that a revision shows its figures
 * before and after: participants and JP, the evaluation, the pre- and post-test, the application
 * of the action plans and the atasan's rating, and the predikat of its alumni beside their peers
 * in the same units for the latest rating years. Every score needs k people behind it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class ScorecardService {

    /** The figures of one version of a programme, over all its sessions. */
    public record VersionFigures(ProgrammeVersion version, long sessions, long participants, BigDecimal jp,
            long evaluations, Double relevance, Double usefulness, Double intent, Double trainer, ProgrammeChain chain,
            Map<Integer, AlumniPredikat> alumni) {
    }

    /** The scorecard: versions oldest first, the flags of the newest, its reviews (all versions). */
    public record Scorecard(long programmeId, List<VersionFigures> versions, List<Integer> ratingYears,
            Set<ReviewReason> flags, List<CurriculumReview> reviews, int minGroupSize) {

        public VersionFigures newest() {
            return versions.getLast();
        }
    }

    static final String ATTENDANCE = """
            select count(distinct ca.session_id) as sessions, count(distinct ca.employee_id) as participants,
                   coalesce(sum(ca.jp), 0) as jp
            from credited_attendance ca join current_employee e on e.id = ca.employee_id
            where ca.programme_id = :programme and e.unit_id in (:units)""";

    static final String REACTION = """
            select count(*) as n, avg(ev.relevance) as relevance, avg(ev.usefulness) as usefulness,
                   avg(ev.intent_to_apply) as intent, avg(ev.trainer_quality) as trainer
            from training_evaluation ev
            join training_session s on s.id = ev.session_id
            join current_employee e on e.id = ev.employee_id
            where s.programme_id = :programme and e.unit_id in (:units)""";

    private final JdbcClient jdbc;
    private final DashboardService dashboard;
    private final LearningQueries learning;
    private final KinerjaQueries kinerja;
    private final CurriculumReviewService reviews;
    private final AnonymityProperties anonymity;
    private final ReviewProperties thresholds;

    ScorecardService(JdbcClient jdbc, DashboardService dashboard, LearningQueries learning, KinerjaQueries kinerja,
            CurriculumReviewService reviews, AnonymityProperties anonymity, ReviewProperties thresholds) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
        this.learning = learning;
        this.kinerja = kinerja;
        this.reviews = reviews;
        this.anonymity = anonymity;
        this.thresholds = thresholds;
    }

    public Scorecard scorecard(long programmeId) {
        List<ProgrammeVersion> line = reviews.lineage(programmeId);
        UnitBreakdown breakdown = dashboard.breakdown(null);
        Set<Long> units = breakdown.covered();
        List<Integer> ratingYears = units.isEmpty() ? List.of() : jdbc.sql("""
                select distinct r.rating_year from performance_rating r join current_employee e on e.id = r.employee_id
                where e.unit_id in (:units) order by r.rating_year desc limit 2""").param("units", units)
                .query(Integer.class).list().reversed();
        Map<Integer, Map<Long, AlumniPredikat>> alumniByYear = new LinkedHashMap<>();
        ratingYears.forEach(year -> alumniByYear.put(year, kinerja.alumni(year, breakdown)));
        int k = anonymity.minGroupSize();
        List<VersionFigures> versions = new ArrayList<>();
        for (ProgrammeVersion version : line) {
            versions.add(figures(version, units, k, alumniByYear));
        }
        VersionFigures newest = versions.getLast();
        return new Scorecard(programmeId, versions, ratingYears, flags(newest),
                reviews.reviewsOf(line.stream().map(ProgrammeVersion::id).toList()), k);
    }

    private VersionFigures figures(ProgrammeVersion version, Set<Long> units, int k,
            Map<Integer, Map<Long, AlumniPredikat>> alumniByYear) {
        Map<Integer, AlumniPredikat> alumni = new LinkedHashMap<>();
        alumniByYear.forEach((year, byProgramme) -> {
            if (byProgramme.containsKey(version.id())) {
                alumni.put(year, byProgramme.get(version.id()));
            }
        });
        ProgrammeChain empty = new ProgrammeChain(version.id(), version.title(), 0, null, null, null, null, 0, null, 0,
                null);
        if (units.isEmpty()) {
            return new VersionFigures(version, 0, 0, BigDecimal.ZERO, 0, null, null, null, null, empty, alumni);
        }
        Map<String, Object> params = Map.of("programme", version.id(), "units", units);
        long[] attendance = new long[2];
        BigDecimal[] jp = {BigDecimal.ZERO};
        jdbc.sql(ATTENDANCE).params(params).query(rs -> {
            attendance[0] = rs.getLong("sessions");
            attendance[1] = rs.getLong("participants");
            jp[0] = rs.getBigDecimal("jp");
        });
        Object[] reaction = new Object[5];
        jdbc.sql(REACTION).params(params).query(rs -> {
            long n = rs.getLong("n");
            boolean shown = n >= k;
            reaction[0] = n;
            reaction[1] = shown ? rs.getDouble("relevance") : null;
            reaction[2] = shown ? rs.getDouble("usefulness") : null;
            reaction[3] = shown ? rs.getDouble("intent") : null;
            reaction[4] = shown ? rs.getDouble("trainer") : null;
        });
        return new VersionFigures(version, attendance[0], attendance[1], jp[0], (long) reaction[0],
                (Double) reaction[1], (Double) reaction[2], (Double) reaction[3], (Double) reaction[4],
                learning.allTime(version.id(), units).orElse(empty), alumni);
    }

    /** Why the newest version needs a curriculum review, from the figures shown (none when too few people). */
    Set<ReviewReason> flags(VersionFigures figures) {
        Set<ReviewReason> flags = EnumSet.noneOf(ReviewReason.class);
        if (TrainingService.needsReview(figures.evaluations(), figures.relevance())) {
            flags.add(ReviewReason.LOW_RELEVANCE);
        }
        if (figures.chain().gain() != null && figures.chain().gain() < thresholds.minGain()) {
            flags.add(ReviewReason.LOW_GAIN);
        }
        if (figures.chain().applicationRate() != null && figures.chain().applicationRate() < thresholds.minApplication()) {
            flags.add(ReviewReason.LOW_APPLICATION);
        }
        return flags;
    }
}
