package id.plaju.pelita.training;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The curriculum review of a programme: an admin opens one for a flagged programme, writes the
 * findings, a decision (revise, keep, stop), an owner and a due date, and follows it to done. A
 * revision is a new version of the programme naming the one it revises (the old one stops being
 * offered), so a scorecard can put the figures before and after side by side; a review decided
 * "stop" and done retires the programme. Heads read the reviews; only admins write them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class CurriculumReviewService {

    private static final String SELECT = """
            select r.id, r.programme_id, p.title, r.reasons, r.findings, r.decision, r.owner, r.due_date, r.status,
                   r.revision_id, r.opened_by, r.opened_at
            from curriculum_review r join training_programme p on p.id = r.programme_id
            """;

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Today today;

    private final ApplicationEventPublisher events;

    CurriculumReviewService(JdbcClient jdbc, AuditService audit, Today today, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.today = today;
    }

    /** The versions of a programme's line, oldest first (the programme itself among them). */
    public List<ProgrammeVersion> lineage(long programmeId) {
        Map<Long, ProgrammeVersion> byId = new LinkedHashMap<>();
        Map<Long, Long> revises = new LinkedHashMap<>();
        jdbc.sql("select id, title, version_no, active, revises_id from training_programme").query((rs, i) -> {
            long id = rs.getLong("id");
            byId.put(id, new ProgrammeVersion(id, rs.getString("title"), rs.getInt("version_no"), rs.getBoolean("active")));
            long from = rs.getLong("revises_id");
            if (!rs.wasNull()) {
                revises.put(id, from);
            }
            return null;
        }).list();
        if (!byId.containsKey(programmeId)) {
            throw new UserFacingException("training.error.programme-not-found");
        }
        long first = programmeId;
        while (revises.containsKey(first)) {
            first = revises.get(first);
        }
        List<ProgrammeVersion> line = new ArrayList<>();
        Long next = first;
        while (next != null) {
            line.add(byId.get(next));
            long current = next;
            next = revises.entrySet().stream().filter(e -> e.getValue() == current).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
        }
        return line;
    }

    /** The reviews of some programmes, newest first. */
    public List<CurriculumReview> reviewsOf(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.programme_id in (:ids) order by r.opened_at desc, r.id desc")
                .param("ids", programmeIds).query((rs, i) -> review(rs)).list();
    }

    /** Per programme, its latest review. */
    public Map<Long, CurriculumReview> latestReviews() {
        Map<Long, CurriculumReview> latest = new LinkedHashMap<>();
        jdbc.sql(SELECT + " order by r.opened_at, r.id").query((rs, i) -> latest.put(rs.getLong("programme_id"),
                review(rs))).list();
        return latest;
    }

    /** Opens a review of a flagged programme; refused while another review of it is unfinished. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public long open(long programmeId, Set<ReviewReason> reasons, ReviewData data) {
        if (reasons.isEmpty()) {
            throw new UserFacingException("review.error.not-flagged");
        }
        lineage(programmeId);
        if (unfinished(programmeId).isPresent()) {
            throw new UserFacingException("review.error.already-open");
        }
        validate(data, null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String me = CurrentUser.username().orElseThrow();
        jdbc.sql("""
                insert into curriculum_review (programme_id, reasons, findings, decision, owner, due_date, status,
                    opened_by, opened_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programmeId, reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        blankToNull(data.findings()), name(data.decision()), data.owner().strip(), data.dueDate(),
                        data.status().name(), me, today.dateTime(), me, today.dateTime())
                .update(key);
        long id = key.getKey().longValue();
        audit.record(AuditAction.CURRICULUM_REVIEW_OPENED, "programme " + programmeId,
                "review " + id + ", " + reasons + ", due " + data.dueDate());
        retireIfStopped(programmeId, data);
        return id;
    }

    /** Saves the findings, decision, owner, due date and status of a review. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void update(long reviewId, ReviewData data) {
        CurriculumReview review = review(reviewId);
        validate(data, review);
        jdbc.sql("""
                update curriculum_review set findings = ?, decision = ?, owner = ?, due_date = ?, status = ?,
                    updated_by = ?, updated_at = ? where id = ?""")
                .params(blankToNull(data.findings()), name(data.decision()), data.owner().strip(), data.dueDate(),
                        data.status().name(), CurrentUser.username().orElseThrow(), today.dateTime(), reviewId)
                .update();
        audit.record(AuditAction.CURRICULUM_REVIEW_SAVED, "programme " + review.programmeId(),
                "review " + reviewId + ": " + data.status() + (data.decision() == null ? "" : ", " + data.decision()));
        retireIfStopped(review.programmeId(), data);
    }

    /**
     * Creates the revised version of a review's programme (decision "revise"): a copy with the next
     * version number that names the one it revises; the old version is no longer offered.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public long revise(long reviewId) {
        CurriculumReview review = review(reviewId);
        if (review.decision() != ReviewDecision.REVISE) {
            throw new UserFacingException("review.error.not-revise");
        }
        if (review.revisionId() != null || jdbc.sql("select count(*) from training_programme where revises_id = ?")
                .param(review.programmeId()).query(Long.class).single() > 0) {
            throw new UserFacingException("review.error.already-revised");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_programme (title, description, delivery, mode, competency, topic, organizer, active,
                    version_no, revises_id)
                select title, description, delivery, mode, competency, topic, organizer, true, version_no + 1, id
                from training_programme where id = ?""").param(review.programmeId()).update(key, "id");
        long revision = key.getKey().longValue();
        jdbc.sql("update training_programme set active = false where id = ?").param(review.programmeId()).update();
        jdbc.sql("""
                update curriculum_review set revision_id = ?, status = case when status = 'OPEN' then 'IN_PROGRESS'
                    else status end, updated_by = ?, updated_at = ? where id = ?""")
                .params(revision, CurrentUser.username().orElseThrow(), today.dateTime(), reviewId).update();
        events.publishEvent(new ProgrammeRevised(review.programmeId(), revision));
        audit.record(AuditAction.PROGRAMME_REVISED, "programme " + review.programmeId(),
                "version " + revision + " from review " + reviewId);
        return revision;
    }

    private void retireIfStopped(long programmeId, ReviewData data) {
        if (data.decision() == ReviewDecision.STOP && data.status() == ReviewStatus.DONE) {
            jdbc.sql("update training_programme set active = false where id = ?").param(programmeId).update();
        }
    }

    private Optional<CurriculumReview> unfinished(long programmeId) {
        return jdbc.sql(SELECT + " where r.programme_id = ? and r.status <> 'DONE'").param(programmeId)
                .query((rs, i) -> review(rs)).optional();
    }

    private CurriculumReview review(long reviewId) {
        return jdbc.sql(SELECT + " where r.id = ?").param(reviewId).query((rs, i) -> review(rs)).optional()
                .orElseThrow(() -> new UserFacingException("review.error.not-found"));
    }

    private void validate(ReviewData data, CurriculumReview before) {
        if (!StringUtils.hasText(data.owner())) {
            throw new UserFacingException("review.error.owner");
        }
        if (data.owner().strip().length() > ReviewData.MAX_OWNER) {
            throw new UserFacingException("review.error.owner-too-long", ReviewData.MAX_OWNER);
        }
        if (data.findings() != null && data.findings().length() > ReviewData.MAX_FINDINGS) {
            throw new UserFacingException("review.error.findings-too-long", ReviewData.MAX_FINDINGS);
        }
        if (data.dueDate() == null) {
            throw new UserFacingException("review.error.due-date");
        }
        boolean dueChanged = before == null || !data.dueDate().equals(before.dueDate());
        if (dueChanged && data.dueDate().isBefore(today.date())) {
            throw new UserFacingException("review.error.due-date-past");
        }
        if (data.status() == null) {
            throw new UserFacingException("review.error.status");
        }
        if (data.status() == ReviewStatus.DONE && (data.decision() == null || !StringUtils.hasText(data.findings()))) {
            throw new UserFacingException("review.error.done-needs-decision");
        }
        if (before != null && before.revisionId() != null && data.decision() != ReviewDecision.REVISE) {
            throw new UserFacingException("review.error.revised");
        }
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static CurriculumReview review(ResultSet rs) throws SQLException {
        Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        Arrays.stream(rs.getString("reasons").split(",")).filter(StringUtils::hasText).map(ReviewReason::valueOf)
                .forEach(reasons::add);
        String decision = rs.getString("decision");
        long revision = rs.getLong("revision_id");
        Long revisionId = rs.wasNull() ? null : revision;
        return new CurriculumReview(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("title"), reasons,
                rs.getString("findings"), decision == null ? null : ReviewDecision.valueOf(decision),
                rs.getString("owner"), rs.getObject("due_date", java.time.LocalDate.class),
                ReviewStatus.valueOf(rs.getString("status")), revisionId, rs.getString("opened_by"),
                rs.getObject("opened_at", java.time.LocalDateTime.class));
    }
}
