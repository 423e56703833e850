package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.PelitaUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Submissions on the real database, committed: confidentiality, drafts, exactly once, dates. */
@PelitaSpringTest
class SurveyResponseServiceTest {

    @Autowired
    Today today;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    InstrumentService instruments;

    @Autowired
    JdbcClient jdbc;

    long instrument;
    long round;
    List<Long> employees;

    @BeforeEach
    void aRoundOpenToday() {
        instrument = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, 'Uji', ?, ?, 'OPEN')")
                .params(instrument, today.date().minusDays(1), today.date().plusDays(5)).update(key);
        round = key.getKey().longValue();
        employees = jdbc.sql("select id from employee where active order by id limit 6").query(Long.class).list();
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from survey_response where round_id = ?").param(round).update();
        jdbc.sql("delete from survey_completion where round_id = ?").param(round).update();
        jdbc.sql("delete from survey_draft where round_id = ?").param(round).update();
        jdbc.sql("delete from survey_round where id = ?").param(round).update();
    }

    static void signInAs(long employeeId) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE"));
        PelitaUser user = new PelitaUser("e" + employeeId, "x", true, true, authorities, employeeId, Set.of(), false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    private Map<Long, Integer> allFours() {
        Map<Long, Integer> answers = new HashMap<>();
        instruments.load(instrument).items().forEach(i -> answers.put(i.id(), 4));
        return answers;
    }

    @Test
    void theResponseSideHasNoColumnThatPointsAtAPerson() {
        List<String> columns = jdbc.sql("""
                select concat(table_name, '.', column_name) from information_schema.columns
                where table_schema = database()
                  and table_name in ('survey_response', 'survey_answer', 'survey_response_score')""")
                .query(String.class).list();
        assertThat(columns).isNotEmpty().noneMatch(c -> c.contains("employee") || c.contains("account")
                || c.contains("user") || c.contains("nip") || c.contains("name"));
        List<String> references = jdbc.sql("""
                select referenced_table_name from information_schema.key_column_usage
                where table_schema = database() and referenced_table_name is not null
                  and table_name in ('survey_response', 'survey_answer', 'survey_response_score')""")
                .query(String.class).list();
        assertThat(references).doesNotContain("employee", "user_account", "survey_completion", "survey_draft");
    }

    @Test
    void aDraftIsKeptUntilSubmissionAndDeletedWithIt() {
        long me = employees.get(0);
        signInAs(me);
        Map<Long, Integer> answers = allFours();
        Map<Long, Integer> half = new HashMap<>();
        answers.entrySet().stream().limit(10).forEach(e -> half.put(e.getKey(), e.getValue()));

        responses.saveDraft(round, half);
        assertThat(responses.draft(round)).isEqualTo(half);
        assertThatThrownBy(() -> responses.submit(round, half)).isInstanceOf(UserFacingException.class);

        Scores scores = responses.submit(round, answers);

        assertThat(jdbc.sql("select count(*) from survey_draft where round_id = ?").param(round).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_completion where round_id = ? and employee_id = ?")
                .params(round, me).query(Integer.class).single()).isEqualTo(1);
        Map<String, Object> response = jdbc.sql("select * from survey_response where round_id = ?").param(round)
                .query().singleRow();
        assertThat(response.get("pseudonym").toString()).matches("[0-9a-f]{64}");
        assertThat(((Number) response.get("motivation_index")).doubleValue())
                .isEqualTo(scores.motivationIndex().doubleValue());
        assertThat(jdbc.sql("select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
                + "where r.round_id = ?").param(round).query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from survey_response_score s join survey_response r on r.id = s.response_id "
                + "where r.round_id = ?").param(round).query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void aSubmissionIsFinal() {
        signInAs(employees.get(0));
        responses.submit(round, allFours());
        assertThatThrownBy(() -> responses.submit(round, allFours())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isIn("survey.error.already", "survey.error.closed"));
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void paperResponsesAreWrittenTogetherAndRefusedTogetherWhenOneIsAlreadyIn() {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_ADMIN"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new PelitaUser("admin", "x", true, true, authorities, null, Set.of(), false), null, authorities));
        SecurityContextHolder.setContext(context);
        Map<Long, Map<Long, Integer>> first = new LinkedHashMap<>();
        employees.subList(0, 3).forEach(e -> first.put(e, allFours()));

        assertThat(responses.recordPaperResponses(round, first)).hasSize(3)
                .allSatisfy(scores -> assertThat(scores.motivationIndex()).isPositive());
        assertThat(jdbc.sql("select count(distinct pseudonym) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.round_id = ?").param(round).query(Integer.class).single()).isEqualTo(3 * allFours().size());

        Map<Long, Map<Long, Integer>> overlapping = new LinkedHashMap<>();
        employees.subList(2, 5).forEach(e -> overlapping.put(e, allFours()));
        assertThatThrownBy(() -> responses.recordPaperResponses(round, overlapping))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("survey.error.already"));
        assertThat(jdbc.sql("select count(*) from survey_completion where round_id = ?").param(round)
                .query(Integer.class).single()).as("nothing of the refused batch is kept").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theSamePersonSubmittingFromSixTabsAtOnceMakesOneResponse() throws Exception {
        long me = employees.get(1);
        signInAs(me);
        Map<Long, Integer> answers = allFours();
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit((Callable<Boolean>) () -> {
                signInAs(me);
                start.await();
                try {
                    responses.submit(round, answers);
                    return true;
                } catch (UserFacingException e) {
                    return false;
                } catch (DataAccessException e) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_completion where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void noSubmissionOutsideTheRoundsDates() {
        signInAs(employees.get(2));
        jdbc.sql("update survey_round set closes_on = ? where id = ?").params(today.date().minusDays(1), round).update();
        assertThatThrownBy(() -> responses.submit(round, allFours())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isEqualTo("survey.error.closed"));
        jdbc.sql("update survey_round set opens_on = ?, closes_on = ? where id = ?")
                .params(today.date().plusDays(1), today.date().plusDays(9), round).update();
        assertThatThrownBy(() -> responses.submit(round, allFours())).isInstanceOf(UserFacingException.class);
        jdbc.sql("update survey_round set opens_on = ?, status = 'CLOSED' where id = ?")
                .params(today.date().minusDays(1), round).update();
        assertThatThrownBy(() -> responses.saveDraft(round, Map.of())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aRoundForOtherUnitsIsRefused() {
        long komperta = jdbc.sql("select id from unit where code = 'KEL-KOMPERTA'").query(Long.class).single();
        jdbc.sql("insert into survey_round_unit (round_id, unit_id) values (?, ?)").params(round, komperta).update();
        long outsider = jdbc.sql("select e.id from employee e join unit u on u.id = e.unit_id "
                + "where u.code = 'KEL-PLAJU-ULU' limit 1").query(Long.class).single();
        signInAs(outsider);
        assertThatThrownBy(() -> responses.submit(round, allFours())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isEqualTo("survey.error.not-target"));
    }
}
