package id.plaju.pelita.analytics;

/**
 * The aggregates over raw scores that the motivation panels ran before their figures were decided
 * at close and stored (issue 10): the floor the stored cells are measured against, and the
 * reference their figures are compared with.
 */
final class RawScores {

    static final String MOTIVATION_TREND = """
            select rd.id, rd.title, count(r.id) as n, avg(r.motivation_index) as mean
            from survey_round rd left join survey_response r on r.round_id = rd.id and r.unit_id in (:units)
            where rd.status <> 'DRAFT'
            group by rd.id, rd.title, rd.opens_on order by rd.opens_on""";

    static final String SUBSCALE_TREND = """
            select sc.round_id as row_key, sc.subscale_id, sum(sc.score) as total, count(*) as n
            from survey_response_score sc
            where sc.unit_id in (:units)
            group by sc.round_id, sc.subscale_id""";

    static final String RESPONSES_PER_UNIT = """
            select unit_id, count(*) as n from survey_response where round_id = :round and unit_id in (:units)
            group by unit_id""";

    static final String HEATMAP = """
            select sc.unit_id as row_key, sc.subscale_id, sum(sc.score) as total, count(*) as n
            from survey_response_score sc
            where sc.round_id = :round and sc.unit_id in (:units)
            group by sc.unit_id, sc.subscale_id""";

    static final String PREVIOUS_ROUND = """
            select p.id from survey_round p join survey_round r on r.id = :round
            where p.instrument_id = r.instrument_id and p.opens_on < r.opens_on and p.status <> 'DRAFT'
            order by p.opens_on desc limit 1""";

    static final String TRAINED_VERSUS_NOT = """
            select b.attended_training as trained, count(*) as n, avg(b.motivation_index - a.motivation_index) as delta
            from survey_response b join survey_response a on a.pseudonym = b.pseudonym and a.round_id = :before
            where b.round_id = :round and b.unit_id in (:units)
            group by b.attended_training""";

    private RawScores() {
    }
}
