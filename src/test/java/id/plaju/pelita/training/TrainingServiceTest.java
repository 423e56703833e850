package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class TrainingServiceTest {

    @Autowired
    TrainingService trainings;

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    @Test
    @WithUserDetails("admin")
    void programmesAndSessionsAreCreatedAndEdited() {
        long programme = trainings.saveProgramme(null, new ProgrammeData("Uji Program", "Deskripsi",
                Delivery.WORKSHOP, TrainingMode.KLASIKAL, CompetencyType.TEKNIS, "Topik", "Kecamatan"));
        trainings.saveProgramme(programme, new ProgrammeData("Uji Program Baru", "Deskripsi", Delivery.SEMINAR,
                TrainingMode.KLASIKAL, CompetencyType.MANAJERIAL, "Topik", "Kecamatan"));
        assertThat(trainings.programmes()).filteredOn(p -> p.id() == programme).singleElement()
                .satisfies(p -> {
                    assertThat(p.title()).isEqualTo("Uji Program Baru");
                    assertThat(p.toData().delivery()).isEqualTo(Delivery.SEMINAR);
                });

        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 8, 0);
        long session = trainings.saveSession(null, new SessionData(programme, start, start.plusMinutes(200), "Aula",
                20, null, Set.of(unit("KEL-KOMPERTA"))));
        SessionData saved = trainings.sessionData(session);
        assertThat(saved.jp()).isEqualByComparingTo("4.4");
        assertThat(saved.targetUnitIds()).containsExactly(unit("KEL-KOMPERTA"));

        trainings.saveSession(session, new SessionData(programme, start, start.plusHours(3), "Daring", 30,
                new BigDecimal("5.0"), Set.of()));
        assertThat(trainings.session(session).jp()).isEqualByComparingTo("5.0");
        assertThat(trainings.session(session).status()).isEqualTo(SessionStatus.PLANNED);
        trainings.setStatus(session, SessionStatus.OPEN);
        assertThat(trainings.session(session).status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    @WithUserDetails("admin")
    void badSessionsAreRefused() {
        long programme = trainings.programmes().getFirst().id();
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 8, 0);
        assertThatThrownBy(() -> trainings.saveSession(null, new SessionData(programme, start, start.minusHours(1),
                null, 10, null, Set.of()))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("training.error.times"));
        assertThatThrownBy(() -> trainings.saveSession(null, new SessionData(programme, start, start.plusHours(1),
                null, 0, null, Set.of()))).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithUserDetails("pegawai")
    void onlyAdminsEditTheCatalogue() {
        assertThatThrownBy(() -> trainings.saveProgramme(null, new ProgrammeData("X", null, Delivery.OTHER,
                TrainingMode.KLASIKAL, CompetencyType.TEKNIS, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(trainings.countSessions(SessionFilter.none())).isPositive();
    }

    @Test
    @WithUserDetails("pegawai")
    void theCatalogueFiltersByCompetencyModeAndTime() {
        int all = trainings.countSessions(SessionFilter.none());
        int teknis = trainings.countSessions(new SessionFilter(CompetencyType.TEKNIS, null, null, null));
        int upcoming = trainings.countSessions(new SessionFilter(null, null, null, true));
        int past = trainings.countSessions(new SessionFilter(null, null, null, false));

        assertThat(teknis).isPositive().isLessThan(all);
        assertThat(upcoming + past).isEqualTo(all);
        assertThat(trainings.sessions(new SessionFilter(null, TrainingMode.NONKLASIKAL, null, null), 0, 100))
                .isNotEmpty().allMatch(s -> s.mode() == TrainingMode.NONKLASIKAL);
    }
}
