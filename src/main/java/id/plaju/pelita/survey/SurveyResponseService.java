package id.plaju.pelita.survey;

import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.JpLedgerService;
import java.math.BigDecimal;
import java.sql.Date;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling a round: drafts saved as the employee goes, and the submission — exactly once, final,
 * and confidential by construction. In one transaction it records that the employee completed
 * the round ({@code survey_completion}), writes the response with only coarse attributes and a
 * keyed pseudonym ({@code survey_response}, no employee or account column), its answers and its
 * scores (computed once, here), and deletes the draft — the only row that tied answers to a person.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SurveyResponseService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Training attended within this many months before a round counts when there is no earlier round. */
    static final int TRAINING_WINDOW_MONTHS = 6;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final InstrumentService instruments;
    private final SurveyRoundService rounds;
    private final PseudonymService pseudonyms;
    private final Clock clock;

    SurveyResponseService(JdbcClient jdbc, JdbcTemplate template, InstrumentService instruments,
            SurveyRoundService rounds, PseudonymService pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.instruments = instruments;
        this.rounds = rounds;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** The instrument of a round the caller may fill now. */
    @Transactional(readOnly = true)
    public Instrument instrumentFor(long roundId) {
        return instruments.load(requireFillable(roundId, me()));
    }

    @Transactional(readOnly = true)
    public Map<Long, Integer> draft(long roundId) {
        return DraftAnswers.parse(jdbc.sql("select answers from survey_draft where round_id = ? and employee_id = ?")
                .params(roundId, me()).query(String.class).optional().orElse(null));
    }

    /** Saves the answers given so far; the employee can come back later. */
    public void saveDraft(long roundId, Map<Long, Integer> answers) {
        long me = me();
        requireFillable(roundId, me);
        jdbc.sql("""
                insert into survey_draft (round_id, employee_id, answers, updated_at) values (?, ?, ?, ?)
                on duplicate key update answers = values(answers), updated_at = values(updated_at)""")
                .params(roundId, me, DraftAnswers.format(answers), Timestamp.from(Instant.now(clock))).update();
    }

    /** Submits the caller's answers once; a second submission (double click, other tab, retry) is refused. */
    public Scores submit(long roundId, Map<Long, Integer> answers) {
        long me = me();
        long instrumentId = requireFillable(roundId, me);
        return write(roundId, instrumentId, Map.of(me, answers)).getFirst();
    }

    /**
     * Records the answers of paper questionnaires that employees filled in for a round (also how the
     * demo history is written): the same confidential path as {@link #submit}, in one batch.
     *
     * @param answersByEmployee each employee's answers, by item id
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<Scores> recordPaperResponses(long roundId, Map<Long, Map<Long, Integer>> answersByEmployee) {
        long instrumentId = jdbc.sql("select instrument_id from survey_round where id = ?").param(roundId)
                .query(Long.class).optional().orElseThrow(() -> new UserFacingException("survey.error.round-not-found"));
        return write(roundId, instrumentId, answersByEmployee);
    }

    /**
     * Writes the completions and, apart from them, the responses. A response gets a random id, not the
     * next number: otherwise sorting a round's responses and its completions by id would pair them up
     * for anyone with a copy of the database. It carries no time either (decision 0007). Any completion
     * already there refuses the whole batch.
     */
    private List<Scores> write(long roundId, long instrumentId, Map<Long, Map<Long, Integer>> answersByEmployee) {
        Instrument instrument = instruments.load(instrumentId);
        List<Long> employees = List.copyOf(answersByEmployee.keySet());
        Timestamp now = Timestamp.from(Instant.now(clock));
        try {
            template.batchUpdate("insert into survey_completion (round_id, employee_id, completed_at) values (?, ?, ?)",
                    employees.stream().map(e -> new Object[] {roundId, e, now}).toList());
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("survey.error.already");
        }
        Map<Long, Map<String, Object>> people = new HashMap<>();
        jdbc.sql("select id, unit_id, golongan from employee where id in (:ids)").param("ids", employees).query()
                .listOfRows().forEach(row -> people.put(((Number) row.get("id")).longValue(), row));
        Set<Long> trained = attendedTraining(roundId, employees);
        List<Scores> results = new ArrayList<>();
        List<Object[]> responseRows = new ArrayList<>();
        List<Object[]> answerRows = new ArrayList<>();
        List<Object[]> scoreRows = new ArrayList<>();
        for (long employee : employees) {
            Map<Long, Integer> answers = answersByEmployee.get(employee);
            Scores scores = SurveyScoring.score(instrument, answers);
            results.add(scores);
            Object unit = people.get(employee).get("unit_id");
            long response = 1 + (RANDOM.nextLong() & (Long.MAX_VALUE - 1));
            responseRows.add(new Object[] {response, roundId, unit, gradeBand((String) people.get(employee).get("golongan")),
                    trained.contains(employee), pseudonyms.of(employee), scores.motivationIndex()});
            for (Instrument.Item item : instrument.items()) {
                answerRows.add(new Object[] {response, item.id(), answers.get(item.id())});
            }
            for (Map.Entry<Long, BigDecimal> score : scores.subscales().entrySet()) {
                scoreRows.add(new Object[] {response, score.getKey(), roundId, unit, score.getValue()});
            }
        }
        try {
            template.batchUpdate("""
                    insert into survey_response (id, round_id, unit_id, grade_band, attended_training, pseudonym,
                        motivation_index) values (?, ?, ?, ?, ?, ?, ?)""", responseRows);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("survey.error.already");
        }
        template.batchUpdate("insert into survey_answer (response_id, item_id, value) values (?, ?, ?)", answerRows);
        template.batchUpdate("""
                insert into survey_response_score (response_id, subscale_id, round_id, unit_id, score)
                values (?, ?, ?, ?, ?)""", scoreRows);
        jdbc.sql("delete from survey_draft where round_id = :round and employee_id in (:ids)")
                .param("round", roundId).param("ids", employees).update();
        return results;
    }

    /** I–II, III, IV from the golongan; PPPK without golongan have their own band. */
    static String gradeBand(String golongan) {
        if (golongan == null) {
            return "PPPK";
        }
        if (golongan.startsWith("IV")) {
            return "IV";
        }
        return golongan.startsWith("III") ? "III" : "I-II";
    }

    /**
     * Of the given employees, those who attended training (Hadir/Terlambat, session closed) since the
     * previous round of the instrument opened.
     */
    private Set<Long> attendedTraining(long roundId, List<Long> employees) {
        Map<String, Object> round = jdbc.sql("select instrument_id, opens_on from survey_round where id = ?")
                .param(roundId).query().singleRow();
        LocalDate opens = ((Date) round.get("opens_on")).toLocalDate();
        LocalDate since = jdbc.sql("""
                select max(opens_on) from survey_round where instrument_id = ? and opens_on < ? and status <> 'DRAFT'""")
                .params(round.get("instrument_id"), opens).query(LocalDate.class).optional()
                .orElse(opens.minusMonths(TRAINING_WINDOW_MONTHS));
        return Set.copyOf(jdbc.sql("select distinct ca.employee_id from credited_attendance ca"
                        + " where ca.employee_id in (:ids) and " + JpLedgerService.ATTENDED_IN_YEAR)
                .param("ids", employees).param("from", since).param("to", opens).query(Long.class).list());
    }

    /** @return the round's instrument id, when the caller may fill it now */
    private long requireFillable(long roundId, long employeeId) {
        Map<String, Object> round = jdbc.sql("select instrument_id, status, opens_on, closes_on from survey_round where id = ?")
                .param(roundId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new UserFacingException("survey.error.round-not-found"));
        LocalDate today = rounds.today();
        if (!RoundStatus.OPEN.name().equals(round.get("status"))
                || today.isBefore(((Date) round.get("opens_on")).toLocalDate())
                || today.isAfter(((Date) round.get("closes_on")).toLocalDate())) {
            throw new UserFacingException("survey.error.closed");
        }
        if (!rounds.isTarget(roundId, employeeId)) {
            throw new UserFacingException("survey.error.not-target");
        }
        return ((Number) round.get("instrument_id")).longValue();
    }

    private static long me() {
        return CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("survey.error.no-employee"));
    }
}
