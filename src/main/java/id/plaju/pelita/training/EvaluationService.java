package id.plaju.pelita.training;

import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training evaluations right after a session: each attendee of a closed session evaluates it
 * once — the database refuses a second row for the same session and employee.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EvaluationService {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PendingEvaluation> pendingForMe() {
        return jdbc.sql("""
                select ca.session_id as id, p.title, ca.starts_at
                from credited_attendance ca join training_programme p on p.id = ca.programme_id
                where ca.employee_id = :me
                  and not exists (select 1 from training_evaluation e where e.session_id = ca.session_id and e.employee_id = :me)
                order by ca.starts_at desc""").param("me", RegistrationService.employeeId())
                .query((rs, i) -> new PendingEvaluation(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("starts_at", LocalDateTime.class))).list();
    }

    @Transactional
    public void submit(long sessionId, EvaluationData data) {
        long me = RegistrationService.employeeId();
        if (IntStream.of(data.relevance(), data.usefulness(), data.intentToApply(), data.trainerQuality())
                .anyMatch(score -> score < 1 || score > 5)) {
            throw new UserFacingException("evaluation.error.scores");
        }
        if (data.comment() != null && data.comment().length() > EvaluationData.MAX_COMMENT) {
            throw new UserFacingException("evaluation.error.comment-too-long", EvaluationData.MAX_COMMENT);
        }
        boolean attended = jdbc.sql("""
                select count(*) from credited_attendance where session_id = ? and employee_id = ?""").params(sessionId, me).query(Integer.class).single() > 0;
        if (!attended) {
            throw new UserFacingException("evaluation.error.not-attended");
        }
        try {
            jdbc.sql("""
                    insert into training_evaluation (session_id, employee_id, relevance, usefulness, intent_to_apply,
                        trainer_quality, clashed_with_work, comment, submitted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, me, data.relevance(), data.usefulness(), data.intentToApply(),
                            data.trainerQuality(), data.clashedWithWork(),
                            data.comment() == null || data.comment().isBlank() ? null : data.comment().strip(),
                            Timestamp.from(Instant.now(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("evaluation.error.already");
        }
    }

    /** The comments on a programme's sessions, newest first, for the curriculum review. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<String> comments(long programmeId) {
        return jdbc.sql("""
                select e.comment from training_evaluation e join training_session s on s.id = e.session_id
                where s.programme_id = ? and e.comment is not null order by e.submitted_at desc""")
                .param(programmeId).query(String.class).list();
    }
}
