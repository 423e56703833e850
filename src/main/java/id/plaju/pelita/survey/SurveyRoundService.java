package id.plaju.pelita.survey;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.validation.annotation.Validated;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Survey rounds: an admin creates, opens, closes and extends them; employees see the rounds open
 * for them; heads see response rates and who has not completed (names only — never answers).
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyRoundService {

    static final ZoneId ZONE = Today.ZONE;

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final Clock clock;
    private final RoundPublisher publisher;

    SurveyRoundService(JdbcClient jdbc, UnitScopeService scope, Clock clock, RoundPublisher publisher) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
        this.publisher = publisher;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<RoundRow> rounds() {
        return jdbc.sql("""
                select r.id, r.title, r.instrument_id, i.name_id, i.instrument_version, r.opens_on, r.closes_on,
                       r.status, r.phase, (select count(*) from survey_completion c where c.round_id = r.id) as completions
                from survey_round r join survey_instrument i on i.id = r.instrument_id
                order by r.opens_on desc, r.id desc""")
                .query((rs, n) -> new RoundRow(rs.getLong("id"), rs.getString("title"), rs.getLong("instrument_id"),
                        rs.getString("name_id"), rs.getInt("instrument_version"),
                        rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                        RoundStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getLong("completions")))
                .list();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public long create(@Valid RoundData data) {
        if (!StringUtils.hasText(data.title())) {
            throw new UserFacingException("survey.error.title");
        }
        checkDates(data.opensOn(), data.closesOn());
        String status = jdbc.sql("select status from survey_instrument where id = ?").param(data.instrumentId())
                .query(String.class).optional().orElseThrow(() -> new UserFacingException("survey.error.instrument-not-found"));
        if (!InstrumentStatus.PUBLISHED.name().equals(status)) {
            throw new UserFacingException("survey.error.instrument-not-published");
        }
        if (data.phase() != null && !Set.of("BEFORE", "AFTER").contains(data.phase())) {
            throw new UserFacingException("survey.error.phase");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_round (instrument_id, title, opens_on, closes_on, status, programme_id, phase)
                values (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(data.instrumentId(), data.title().strip(), data.opensOn(), data.closesOn(), data.programmeId(),
                        data.programmeId() == null ? null : data.phase()).update(key);
        long id = key.getKey().longValue();
        for (Long unit : data.targetUnitIds() == null ? Set.<Long>of() : data.targetUnitIds()) {
            jdbc.sql("insert into survey_round_unit (round_id, unit_id) values (?, ?)").params(id, unit).update();
        }
        return id;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void open(long roundId) {
        if (jdbc.sql("update survey_round set status = 'OPEN', version = version + 1 where id = ? and status = 'DRAFT'")
                .param(roundId).update() == 0) {
            throw new UserFacingException("survey.error.round-status");
        }
    }

    /**
     * Closes a round for good and decides, once, which of its figures may be published. A closed round
     * is never reopened: answers added to figures already seen could be worked out by subtraction.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void close(long roundId) {
        if (jdbc.sql("update survey_round set status = 'CLOSED', version = version + 1 where id = ? and status = 'OPEN'")
                .param(roundId).update() == 0) {
            throw new UserFacingException("survey.error.round-status");
        }
        publisher.publish(roundId);
    }

    /** Moves the close date of an open round later (also one whose date has passed but is not closed yet). */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void extend(long roundId, LocalDate newCloseDate) {
        LocalDate opens = jdbc.sql("select opens_on from survey_round where id = ?").param(roundId)
                .query(LocalDate.class).optional().orElseThrow(() -> new UserFacingException("survey.error.round-not-found"));
        checkDates(opens, newCloseDate);
        if (newCloseDate.isBefore(today())) {
            throw new UserFacingException("survey.error.extend-past");
        }
        if (jdbc.sql("update survey_round set closes_on = ?, version = version + 1 where id = ? and status = 'OPEN'")
                .params(newCloseDate, roundId).update() == 0) {
            throw new UserFacingException("survey.error.round-status");
        }
    }

    /** Rounds the caller can fill today: open, within their dates, for the caller's unit, not yet completed. */
    public List<OpenRound> myOpenRounds() {
        Long me = CurrentUser.principal().map(PelitaUser::getEmployeeId).orElse(null);
        if (me == null) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.title, r.instrument_id, r.closes_on,
                       (select count(*) from survey_item it where it.instrument_id = r.instrument_id) as items,
                       (select d.answers from survey_draft d where d.round_id = r.id and d.employee_id = :me) as draft
                from survey_round r
                where r.status = 'OPEN' and r.opens_on <= :today and r.closes_on >= :today
                  and not exists (select 1 from survey_completion c where c.round_id = r.id and c.employee_id = :me)
                order by r.closes_on, r.id""").param("me", me).param("today", today())
                .query((rs, n) -> new OpenRound(rs.getLong("id"), rs.getString("title"), rs.getLong("instrument_id"),
                        rs.getObject("closes_on", LocalDate.class), rs.getInt("items"),
                        DraftAnswers.parse(rs.getString("draft")).size()))
                .list().stream().filter(r -> isTarget(r.id(), me)).toList();
    }

    /** Whether a round is meant for an employee (no target units = everyone). */
    boolean isTarget(long roundId, long employeeId) {
        List<Long> targets = jdbc.sql("select unit_id from survey_round_unit where round_id = ?").param(roundId)
                .query(Long.class).list();
        if (targets.isEmpty()) {
            return true;
        }
        long unit = jdbc.sql("select unit_id from employee where id = ?").param(employeeId).query(Long.class).single();
        return scope.withDescendants(targets).contains(unit);
    }

    /** Response rate per unit of the caller's scope that the round targets. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<UnitResponseRate> responseRates(long roundId) {
        Set<Long> units = targetedVisibleUnits(roundId);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.name, count(e.id) as staff, count(c.id) as completed
                from current_employee e join unit u on u.id = e.unit_id
                left join survey_completion c on c.round_id = :round and c.employee_id = e.id
                where e.unit_id in (:units)
                group by u.id, u.name order by u.name""").param("round", roundId).param("units", units)
                .query((rs, n) -> new UnitResponseRate(rs.getLong("id"), rs.getString("name"), rs.getLong("staff"),
                        rs.getLong("completed"))).list();
    }

    /** Names (never answers) of the staff in the caller's scope who have not completed the round. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<String> notCompleted(long roundId) {
        Set<Long> units = targetedVisibleUnits(roundId);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select concat(e.full_name, ' — ', u.name) from current_employee e join unit u on u.id = e.unit_id
                where e.unit_id in (:units)
                  and not exists (select 1 from survey_completion c where c.round_id = :round and c.employee_id = e.id)
                order by u.name, e.full_name""").param("round", roundId).param("units", units).query(String.class).list();
    }

    private Set<Long> targetedVisibleUnits(long roundId) {
        Set<Long> visible = scope.visibleUnitIds();
        List<Long> targets = jdbc.sql("select unit_id from survey_round_unit where round_id = ?").param(roundId)
                .query(Long.class).list();
        if (targets.isEmpty()) {
            return visible;
        }
        Set<Long> targeted = scope.withDescendants(targets);
        return visible.stream().filter(targeted::contains).collect(Collectors.toSet());
    }

    private static void checkDates(LocalDate opens, LocalDate closes) {
        if (opens == null || closes == null || closes.isBefore(opens)) {
            throw new UserFacingException("survey.error.dates");
        }
    }
}
