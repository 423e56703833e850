package id.plaju.pelita.demo;

import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.Instrument;
import id.plaju.pelita.survey.InstrumentService;
import id.plaju.pelita.survey.SurveyResponseService;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.JpLedgerService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four closed motivation-survey rounds over the previous two years and one open round running now
 * ({@link DemoCalendar}), answered through the
 * same confidential path as real submissions. Each employee has a fixed level; staff who attended
 * training since the previous round answer a little higher, so the "trained vs not trained"
 * comparison shows a slightly larger rise; Seksi Pelayanan Umum (4 staff) stays under 5 responses.
 */
@Component
@Conditional(DemoDataCondition.class)
class SurveyDemoData {

    static final long SEED = 20_250_301L;
    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

    /** The share of employees answering each round, oldest first; the last is the open round so far. */
    private static final double[] SHARES = {0.86, 0.84, 0.88, 0.87, 0.35};

    private final JdbcClient jdbc;
    private final InstrumentService instruments;
    private final SurveyResponseService responses;
    private final SurveyRoundService rounds;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * The security context goes through the strategy bean that method security reads: the demo data
     * load before Vaadin makes that strategy the static {@link SecurityContextHolder}'s.
     */
    SurveyDemoData(JdbcClient jdbc, InstrumentService instruments, SurveyResponseService responses,
            SurveyRoundService rounds, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.responses = responses;
        this.rounds = rounds;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional
    public void load(DemoCalendar calendar) {
        if (jdbc.sql("select count(*) from survey_round").query(Long.class).single() > 0) {
            return;
        }
        var previous = securityContexts.getContext();
        try {
            runAsSystem();
            write(calendar.rounds());
        } finally {
            securityContexts.setContext(previous);
        }
    }

    private void write(List<DemoCalendar.Round> calendarRounds) {
        long instrumentId = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and status = 'PUBLISHED'"
                + " order by instrument_version desc limit 1").query(Long.class).single();
        Instrument instrument = instruments.load(instrumentId);
        List<Map<String, Object>> employees = jdbc.sql("""
                select e.id, u.code from current_employee e join unit u on u.id = e.unit_id order by e.id""")
                .query().listOfRows();
        // the demo accounts fill the open round themselves
        Set<Long> demoAccounts = Set.copyOf(jdbc.sql("""
                select employee_id from user_account where username in ('pegawai', 'kepala') and employee_id is not null""")
                .query(Long.class).list());
        Random random = new Random(SEED);
        Map<Long, Double> level = new HashMap<>();
        for (Map<String, Object> e : employees) {
            level.put(((Number) e.get("id")).longValue(), 2.9 + 1.3 * random.nextDouble());
        }
        int written = 0;
        LocalDate previousOpens = null;
        for (int r = 0; r < calendarRounds.size(); r++) {
            DemoCalendar.Round round = calendarRounds.get(r);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, ?, ?, ?, 'OPEN')")
                    .params(instrumentId, round.title(), round.opens(), round.closes()).update(key);
            long roundId = key.getKey().longValue();
            Set<Long> trainedSince = trainedBetween(previousOpens == null ? round.opens().minusMonths(6) : previousOpens,
                    round.opens());
            Map<Long, Map<Long, Integer>> answered = new LinkedHashMap<>();
            for (Map<String, Object> e : employees) {
                long employee = ((Number) e.get("id")).longValue();
                boolean small = "KEC-PELUM".equals(e.get("code"));
                boolean skip = random.nextDouble() > (small ? 0.5 : SHARES[r]);
                if (skip || round.open() && demoAccounts.contains(employee)) {
                    continue;
                }
                boolean trained = trainedSince.contains(employee);
                double mean = level.get(employee) + 0.05 * r + (trained ? 0.18 : 0.0);
                level.put(employee, level.get(employee) + (trained ? 0.12 : 0.02));
                answered.put(employee, answers(instrument, mean, random));
            }
            responses.recordPaperResponses(roundId, answered);
            written += answered.size();
            if (!round.open()) {
                rounds.close(roundId); // decides the round's published figures, as an admin's close does
            }
            previousOpens = round.opens();
        }
        log.info("Survey demo data: {} rounds, {} responses", calendarRounds.size(), written);
    }

    /** The employees whose attendance credited JP in {@code [from, to)}. */
    private Set<Long> trainedBetween(LocalDate from, LocalDate to) {
        return Set.copyOf(jdbc.sql("select distinct ca.employee_id from credited_attendance ca where "
                        + JpLedgerService.ATTENDED_IN_YEAR)
                .param("from", from).param("to", to).query(Long.class).list());
    }

    private static Map<Long, Integer> answers(Instrument instrument, double mean, Random random) {
        Map<Long, Integer> answers = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        instrument.subscales().forEach(s -> codes.put(s.id(), s.code()));
        for (Instrument.Item item : instrument.items()) {
            double target = "EXTERNAL".equals(codes.get(item.subscaleId())) ? 3.6 : mean;
            int value = (int) Math.max(instrument.scaleMin(), Math.min(instrument.scaleMax(),
                    Math.round(target + random.nextGaussian() * 0.7)));
            answers.put(item.id(), item.reverseScored() ? instrument.scaleMin() + instrument.scaleMax() - value : value);
        }
        return answers;
    }

    private void runAsSystem() {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        PelitaUser system = new PelitaUser("demo-data", "", true, true, authorities, null, Set.of(), false);
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, authorities));
        securityContexts.setContext(context);
    }
}
