package id.plaju.pelita.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.organization.UnitType;
import id.plaju.pelita.survey.InstrumentService;
import id.plaju.pelita.survey.RoundData;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.ActivityData;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.ProgrammeData;
import id.plaju.pelita.training.SessionData;
import id.plaju.pelita.training.TrainingMode;
import id.plaju.pelita.training.TrainingService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every text a user types is checked against its column before the database sees it: 10,000
 * characters are refused with the field's label key and the limit, and nothing is written.
 */
@PelitaSpringTest
@Transactional
class LongInputTest {

    @Autowired
    Today today;

    private static final String LONG = "x".repeat(10_000);

    @Autowired
    UnitService units;

    @Autowired
    TrainingService trainings;

    @Autowired
    JpLedgerService ledger;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    InstrumentService instruments;

    @Autowired
    JdbcClient jdbc;

    private void refused(ThrowingCallable call, String label, int max, String table) {
        long before = jdbc.sql("select count(*) from " + table).query(Long.class).single();
        assertThatThrownBy(call).isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
            ConstraintViolation<?> violation = e.getConstraintViolations().iterator().next();
            assertThat(violation.getMessage()).isEqualTo(label);
            assertThat(violation.getConstraintDescriptor().getAttributes().get("max")).isEqualTo(max);
        });
        assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void unitCodesAndNames() {
        refused(() -> units.create(LONG, "Seksi", UnitType.SEKSI, null), "units.code", 40, "unit");
        refused(() -> units.create("SEKSI-X", LONG, UnitType.SEKSI, null), "units.name", 150, "unit");
        long unit = jdbc.sql("select id from unit where code = 'KEL-PLAJU-ULU'").query(Long.class).single();
        refused(() -> units.rename(unit, LONG), "units.name", 150, "unit");
    }

    @Test
    @WithUserDetails("admin")
    void programmesAndSessions() {
        refused(() -> trainings.saveProgramme(null, new ProgrammeData(LONG, "", Delivery.WORKSHOP, TrainingMode.KLASIKAL,
                CompetencyType.TEKNIS, null, null)), "training.title", 200, "training_programme");
        refused(() -> trainings.saveProgramme(null, new ProgrammeData("Judul", LONG, Delivery.WORKSHOP,
                TrainingMode.KLASIKAL, CompetencyType.TEKNIS, null, null)), "training.description", 4000, "training_programme");
        long programme = jdbc.sql("select id from training_programme order by id limit 1").query(Long.class).single();
        LocalDateTime start = LocalDateTime.of(2030, 3, 1, 8, 0);
        refused(() -> trainings.saveSession(null, new SessionData(programme, start, start.plusHours(3), LONG, 20, null,
                Set.of())), "training.place", 300, "training_session");
    }

    @Test
    @WithUserDetails("admin")
    void roundTitlesAndStatements() {
        long instrument = jdbc.sql("select id from survey_instrument order by id limit 1").query(Long.class).single();
        refused(() -> rounds.create(new RoundData(instrument, LONG, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 14),
                Set.of(), null, null)), "rounds.title", 200, "survey_round");
        long subscale = jdbc.sql("select id from survey_subscale where instrument_id = ? order by id limit 1")
                .param(instrument).query(Long.class).single();
        refused(() -> instruments.addItem(instrument, subscale, LONG, "English", false), "instruments.item.text-id", 500,
                "survey_item");
        long item = jdbc.sql("select id from survey_item order by id limit 1").query(Long.class).single();
        refused(() -> instruments.updateItem(item, "Pernyataan", LONG, subscale, false), "instruments.item.text-en", 500,
                "survey_item");
    }

    @Test
    @WithUserDetails("pegawai")
    void activityTitlesAndEvidence() {
        LocalDate day = today.date().minusDays(1);
        refused(() -> ledger.recordActivity(new ActivityData(LONG, Delivery.ONLINE_COURSE, CompetencyType.TEKNIS, day,
                BigDecimal.ONE, "sertifikat")), "activity.title", 200, "nonklasikal_activity");
        refused(() -> ledger.recordActivity(new ActivityData("E-learning", Delivery.ONLINE_COURSE, CompetencyType.TEKNIS,
                day, BigDecimal.ONE, LONG)), "activity.evidence", 1000, "nonklasikal_activity");
    }
}
