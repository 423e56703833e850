package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Opening, editing and acting on a curriculum review: revise makes a version, stop retires, refusals write nothing. */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class CurriculumReviewServiceTest {

    @Autowired
    CurriculumReviewService reviews;

    @Autowired
    TrainingService trainings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    long programme;

    @BeforeEach
    void fixture() {
        programme = new TrainingFixture(jdbc).programme("Program Uji Tinjauan", "KLASIKAL", "TEKNIS");
    }

    private ReviewData data(ReviewDecision decision, ReviewStatus status) {
        return new ReviewData("Materi kurang praktis", decision, "Subbagian Umum", today.date().plusDays(30), status);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long reviewsOfProgramme() {
        return count("select count(*) from curriculum_review where programme_id = ?", programme);
    }

    @Test
    void anAdminOpensOneReviewAtATimeAndItIsAudited() {
        long id = reviews.open(programme, Set.of(ReviewReason.LOW_APPLICATION, ReviewReason.LOW_GAIN),
                data(null, ReviewStatus.OPEN));
        CurriculumReview review = reviews.reviewsOf(List.of(programme)).getFirst();
        assertThat(review.id()).isEqualTo(id);
        assertThat(review.reasons()).containsExactlyInAnyOrder(ReviewReason.LOW_APPLICATION, ReviewReason.LOW_GAIN);
        assertThat(review.openedBy()).isEqualTo("admin");
        assertThat(count("select count(*) from audit_log where action = 'CURRICULUM_REVIEW_OPENED' and target = ?",
                "programme " + programme)).isOne();

        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN), data(null, ReviewStatus.OPEN)))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("review.error.already-open[");
        reviews.update(id, data(ReviewDecision.KEEP, ReviewStatus.DONE));
        // once done, the next review may open
        reviews.open(programme, Set.of(ReviewReason.LOW_GAIN), data(null, ReviewStatus.OPEN));
        assertThat(reviewsOfProgramme()).isEqualTo(2);
        assertThat(reviews.latestReviews().get(programme).status()).isEqualTo(ReviewStatus.OPEN);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        LocalDate due = today.date().plusDays(10);
        assertThatThrownBy(() -> reviews.open(programme, Set.of(), data(null, ReviewStatus.OPEN)))
                .hasMessageStartingWith("review.error.not-flagged[");
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN),
                new ReviewData("x", null, "  ", due, ReviewStatus.OPEN))).hasMessageStartingWith("review.error.owner[");
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN),
                new ReviewData("x", null, "Subbag", today.date().minusDays(1), ReviewStatus.OPEN)))
                .hasMessageStartingWith("review.error.due-date-past[");
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN),
                new ReviewData("x", null, "Subbag", null, ReviewStatus.OPEN))).hasMessageStartingWith("review.error.due-date[");
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN),
                new ReviewData("", ReviewDecision.KEEP, "Subbag", due, ReviewStatus.DONE)))
                .hasMessageStartingWith("review.error.done-needs-decision[");
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN),
                new ReviewData("x".repeat(ReviewData.MAX_FINDINGS + 1), null, "Subbag", due, ReviewStatus.OPEN)))
                .hasMessageStartingWith("review.error.findings-too-long[");
        assertThatThrownBy(() -> reviews.open(99999999L, Set.of(ReviewReason.LOW_GAIN), data(null, ReviewStatus.OPEN)))
                .hasMessageStartingWith("training.error.programme-not-found[");
        assertThat(reviewsOfProgramme()).isZero();

        long id = reviews.open(programme, Set.of(ReviewReason.LOW_GAIN), data(null, ReviewStatus.OPEN));
        assertThatThrownBy(() -> reviews.update(id, data(null, ReviewStatus.DONE)))
                .hasMessageStartingWith("review.error.done-needs-decision[");
        assertThat(reviews.reviewsOf(List.of(programme)).getFirst().status()).isEqualTo(ReviewStatus.OPEN);
        assertThatThrownBy(() -> reviews.update(99999999L, data(null, ReviewStatus.OPEN)))
                .hasMessageStartingWith("review.error.not-found[");
    }

    @Test
    void aRevisionStartsWithACopyOfTheNewestTestOfTheVersionItRevises() {
        for (int version = 1; version <= 2; version++) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)"
                    + " values (?, ?, ?, 'admin', now(6))").params(programme, version, 60 + version).update(key, "id");
            long test = key.getKey().longValue();
            for (int item = 1; item <= 2; item++) {
                var itemKey = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("insert into knowledge_test_item (test_id, position, question) values (?, ?, ?)")
                        .params(test, item, "Soal " + item + " versi " + version).update(itemKey, "id");
                for (int option = 1; option <= 3; option++) {
                    jdbc.sql("insert into knowledge_test_option (item_id, position, label, correct) values (?, ?, ?, ?)")
                            .params(itemKey.getKey().longValue(), option, "Pilihan " + option, option == item).update();
                }
            }
        }
        long id = reviews.open(programme, Set.of(ReviewReason.LOW_GAIN), data(ReviewDecision.REVISE, ReviewStatus.OPEN));
        long revision = reviews.revise(id);

        assertThat(jdbc.sql("select concat(version_no, '|', pass_mark) from knowledge_test where programme_id = ?")
                .param(revision).query(String.class).list()).containsExactly("1|62");
        assertThat(jdbc.sql("""
                select concat(i.position, ':', i.question, ':', o.position, ':', o.correct)
                from knowledge_test t join knowledge_test_item i on i.test_id = t.id join knowledge_test_option o on o.item_id = i.id
                where t.programme_id = ? and o.correct order by i.position""").param(revision).query(String.class).list())
                .containsExactly("1:Soal 1 versi 2:1:1", "2:Soal 2 versi 2:2:1");
        assertThat(count("""
                select count(*) from knowledge_test t join knowledge_test_item i on i.test_id = t.id
                join knowledge_test_option o on o.item_id = i.id where t.programme_id = ?""", revision)).isEqualTo(6);
    }

    @Test
    void aRevisionIsANewVersionAndTheOldOneTakesNoNewSession() {
        long id = reviews.open(programme, Set.of(ReviewReason.LOW_APPLICATION), data(ReviewDecision.KEEP,
                ReviewStatus.IN_PROGRESS));
        assertThatThrownBy(() -> reviews.revise(id)).hasMessageStartingWith("review.error.not-revise[");
        reviews.update(id, data(ReviewDecision.REVISE, ReviewStatus.OPEN));

        long revision = reviews.revise(id);
        assertThat(jdbc.sql("select concat(title, '|', version_no, '|', revises_id, '|', active) from training_programme"
                + " where id = ?").param(revision).query(String.class).single())
                .isEqualTo("Program Uji Tinjauan|2|" + programme + "|1");
        assertThat(reviews.lineage(programme)).extracting(ProgrammeVersion::id).containsExactly(programme, revision);
        assertThat(reviews.lineage(revision)).extracting(ProgrammeVersion::versionNo).containsExactly(1, 2);
        CurriculumReview review = reviews.reviewsOf(List.of(programme)).getFirst();
        assertThat(review.revisionId()).isEqualTo(revision);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(count("select count(*) from audit_log where action = 'PROGRAMME_REVISED'")).isPositive();

        assertThatThrownBy(() -> reviews.revise(id)).hasMessageStartingWith("review.error.already-revised[");
        assertThatThrownBy(() -> reviews.update(id, data(ReviewDecision.KEEP, ReviewStatus.DONE)))
                .hasMessageStartingWith("review.error.revised[");

        SessionData session = new SessionData(programme, today.dateTime().plusDays(7),
                today.dateTime().plusDays(7).plusHours(3), "Aula", 20, new BigDecimal("3"), Set.of());
        assertThatThrownBy(() -> trainings.saveSession(null, session)).hasMessageStartingWith("training.error.programme-inactive[");
        long onRevision = trainings.saveSession(null, new SessionData(revision, session.startsAt(), session.endsAt(),
                "Aula", 20, new BigDecimal("3"), Set.of()));
        assertThat(onRevision).isPositive();
        assertThat(trainings.programmes()).filteredOn(p -> p.id() == programme).singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
    }

    @Test
    void aReviewDoneWithStopRetiresTheProgramme() {
        long id = reviews.open(programme, Set.of(ReviewReason.LOW_RELEVANCE), data(null, ReviewStatus.OPEN));
        reviews.update(id, data(ReviewDecision.STOP, ReviewStatus.IN_PROGRESS));
        assertThat(count("select count(*) from training_programme where id = ? and active", programme)).isOne();
        reviews.update(id, data(ReviewDecision.STOP, ReviewStatus.DONE));
        assertThat(count("select count(*) from training_programme where id = ? and active", programme)).isZero();
        assertThat(count("select count(*) from audit_log where action = 'CURRICULUM_REVIEW_SAVED' and target = ?",
                "programme " + programme)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadReadsReviewsButCannotWriteThem() {
        assertThat(reviews.latestReviews()).isNotEmpty();
        assertThatThrownBy(() -> reviews.open(programme, Set.of(ReviewReason.LOW_GAIN), data(null, ReviewStatus.OPEN)))
                .isInstanceOf(AccessDeniedException.class);
        long demo = jdbc.sql("select id from curriculum_review order by id limit 1").query(Long.class).single();
        assertThatThrownBy(() -> reviews.update(demo, data(null, ReviewStatus.OPEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.revise(demo)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeReadsNoReview() {
        assertThatThrownBy(() -> reviews.latestReviews()).isInstanceOf(AccessDeniedException.class);
    }
}
