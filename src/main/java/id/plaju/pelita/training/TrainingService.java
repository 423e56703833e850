package id.plaju.pelita.training;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.validation.annotation.Validated;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The training catalogue (programmes and sessions, with filters) and its administration: create
 * and edit programmes and sessions, open and cancel sessions.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingService {

    public static final int REVIEW_MIN_EVALUATIONS = 5;
    public static final double REVIEW_MAX_RELEVANCE = 3.0;

    /**
     * The curriculum-review rule, shared by the catalogue and the dashboard's scorecard: enough
     * evaluations, and a mean relevance below the bar.
     */
    public static boolean needsReview(long evaluations, Double meanRelevance) {
        return evaluations >= REVIEW_MIN_EVALUATIONS && meanRelevance != null && meanRelevance < REVIEW_MAX_RELEVANCE;
    }
    /** Plaju keeps Western Indonesian Time; session times are stored in it. */
    /** Plaju's time zone: {@link Today#ZONE}. */
    public static final ZoneId ZONE = Today.ZONE;

    private static final String SESSION_SELECT = """
            select s.id, s.programme_id, p.title, p.delivery, p.mode, p.competency, s.starts_at, s.ends_at,
                   s.place, s.capacity, s.seats_taken, s.jp, s.status,
                   (select pa.status from participation pa where pa.session_id = s.id and pa.employee_id = :me)
                       as my_status
            from training_session s join training_programme p on p.id = s.programme_id
            """;

    private final TrainingProgrammeRepository programmes;
    private final TrainingSessionRepository sessions;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingService(TrainingProgrammeRepository programmes, TrainingSessionRepository sessions, JdbcClient jdbc,
            Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SessionRow> sessions(SessionFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = SESSION_SELECT + where(filter, params) + (Boolean.TRUE.equals(filter.upcoming())
                ? " order by s.starts_at, s.id" : " order by s.starts_at desc, s.id desc")
                + " limit :limit offset :offset";
        params.put("me", currentEmployeeId());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query(TrainingService::sessionRow).list();
    }

    public int countSessions(SessionFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select count(*) from training_session s join training_programme p on p.id = s.programme_id "
                + where(filter, params);
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    public SessionRow session(long sessionId) {
        return jdbc.sql(SESSION_SELECT + " where s.id = :id").param("id", sessionId).param("me", currentEmployeeId())
                .query(TrainingService::sessionRow).optional()
                .orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
    }

    private static long currentEmployeeId() {
        return CurrentUser.principal().map(PelitaUser::getEmployeeId).orElse(-1L);
    }

    /** Every programme with its evaluation figures and the curriculum-review flag. */
    public List<ProgrammeRow> programmes() {
        return jdbc.sql("""
                select p.id, p.title, p.description, p.delivery, p.mode, p.competency, p.topic, p.organizer,
                       p.version_no, p.active,
                       (select count(*) from training_session s where s.programme_id = p.id) as sessions,
                       count(e.id) as evaluations, avg(e.relevance) as relevance,
                       avg(case when e.clashed_with_work then 1.0 else 0.0 end) as clash
                from training_programme p
                left join training_session s on s.programme_id = p.id
                left join training_evaluation e on e.session_id = s.id
                group by p.id, p.title, p.description, p.delivery, p.mode, p.competency, p.topic, p.organizer,
                    p.version_no, p.active
                order by p.title, p.version_no""").query((rs, i) -> {
                    long evaluations = rs.getLong("evaluations");
                    Double relevance = evaluations == 0 ? null : rs.getDouble("relevance");
                    return new ProgrammeRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                            Delivery.valueOf(rs.getString("delivery")), TrainingMode.valueOf(rs.getString("mode")),
                            CompetencyType.valueOf(rs.getString("competency")), rs.getString("topic"),
                            rs.getString("organizer"), rs.getLong("sessions"), evaluations, relevance,
                            evaluations == 0 ? null : rs.getDouble("clash"),
                            needsReview(evaluations, relevance), rs.getInt("version_no"), rs.getBoolean("active"));
                }).list();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public long saveProgramme(Long id, @Valid ProgrammeData data) {
        if (!StringUtils.hasText(data.title())) {
            throw new UserFacingException("training.error.title-required");
        }
        if (data.delivery() == null || data.mode() == null || data.competency() == null) {
            throw new UserFacingException("training.error.programme-incomplete");
        }
        if (id == null) {
            return programmes.saveAndFlush(new TrainingProgramme(data)).getId();
        }
        TrainingProgramme programme = programmes.findById(id)
                .orElseThrow(() -> new UserFacingException("training.error.programme-not-found"));
        programme.apply(data);
        // the catalogue is read with SQL: write the change now, not at commit
        programmes.flush();
        return id;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public long saveSession(Long id, @Valid SessionData data) {
        if (data.startsAt() == null || data.endsAt() == null || !data.endsAt().isAfter(data.startsAt())) {
            throw new UserFacingException("training.error.times");
        }
        if (data.capacity() != null && data.capacity() < 1) {
            throw new UserFacingException("training.error.capacity");
        }
        if (data.jp() != null && data.jp().signum() < 0) {
            throw new UserFacingException("training.error.jp");
        }
        TrainingProgramme programme = programmes.findById(data.programmeId())
                .orElseThrow(() -> new UserFacingException("training.error.programme-not-found"));
        if (id == null) {
            if (!programme.isActive()) {
                throw new UserFacingException("training.error.programme-inactive");
            }
            return sessions.saveAndFlush(new TrainingSession(programme, data)).getId();
        }
        TrainingSession session = load(id);
        if (!programme.isActive() && !programme.getId().equals(session.getProgramme().getId())) {
            throw new UserFacingException("training.error.programme-inactive");
        }
        if (session.getCapacity() != null && data.capacity() != null && data.capacity() < session.getSeatsTaken()) {
            throw new UserFacingException("training.error.capacity-below-taken", session.getSeatsTaken());
        }
        session.apply(programme, data);
        sessions.flush();
        return id;
    }

    /** A session's current values, for editing. */
    @PreAuthorize(Roles.IS_ADMIN)
    public SessionData sessionData(long sessionId) {
        TrainingSession session = load(sessionId);
        return new SessionData(session.getProgramme().getId(), session.getStartsAt(), session.getEndsAt(),
                session.getPlace(), session.getCapacity(), session.getJp(), session.getTargetUnitIds());
    }

    /** Opens a planned session for registration, or cancels one that is not done. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void setStatus(long sessionId, SessionStatus status) {
        TrainingSession session = load(sessionId);
        if (session.getStatus() == SessionStatus.DONE || status == SessionStatus.DONE) {
            throw new UserFacingException("training.error.status");
        }
        session.setStatus(status);
        sessions.flush();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    private TrainingSession load(long id) {
        return sessions.findById(id).orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
    }

    private String where(SessionFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.competency() != null) {
            conditions.add("p.competency = :competency");
            params.put("competency", filter.competency().name());
        }
        if (filter.mode() != null) {
            conditions.add("p.mode = :mode");
            params.put("mode", filter.mode().name());
        }
        if (filter.delivery() != null) {
            conditions.add("p.delivery = :delivery");
            params.put("delivery", filter.delivery().name());
        }
        if (filter.upcoming() != null) {
            conditions.add(filter.upcoming() ? "s.ends_at >= :now" : "s.ends_at < :now");
            params.put("now", now());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static SessionRow sessionRow(ResultSet rs, int row) throws SQLException {
        String my = rs.getString("my_status");
        return new SessionRow(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("title"),
                Delivery.valueOf(rs.getString("delivery")), TrainingMode.valueOf(rs.getString("mode")),
                CompetencyType.valueOf(rs.getString("competency")), rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class), rs.getString("place"),
                rs.getObject("capacity", Integer.class), rs.getInt("seats_taken"), rs.getBigDecimal("jp"),
                SessionStatus.valueOf(rs.getString("status")), my == null ? null : ParticipationStatus.valueOf(my));
    }
}
