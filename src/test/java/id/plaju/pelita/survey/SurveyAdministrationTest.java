package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class SurveyAdministrationTest {

    @Autowired
    Today clockToday;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    InstrumentService instruments;

    @Autowired
    JdbcClient jdbc;

    private long defaultInstrument() {
        return jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isEqualTo(key));
    }

    @Test
    @WithUserDetails("admin")
    void aRoundIsCreatedOpenedExtendedAndClosed() {
        LocalDate today = clockToday.date();
        long round = rounds.create(new RoundData(defaultInstrument(), "Uji putaran", today, today.plusDays(7), Set.of(),
                null, null));
        assertThat(rounds.rounds()).filteredOn(r -> r.id() == round).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RoundStatus.DRAFT));

        assertRefused(() -> rounds.close(round), "survey.error.round-status");
        rounds.open(round);
        assertRefused(() -> rounds.open(round), "survey.error.round-status");
        rounds.extend(round, today.plusDays(14));
        assertRefused(() -> rounds.extend(round, today.minusDays(1)), "survey.error.dates");
        rounds.close(round);

        assertThat(rounds.rounds()).filteredOn(r -> r.id() == round).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
            assertThat(r.closesOn()).isEqualTo(today.plusDays(14));
        });
    }

    @Test
    @WithUserDetails("admin")
    void roundsNeedAPublishedInstrumentAndSensibleDates() {
        LocalDate today = clockToday.date();
        long draft = instruments.newVersion(defaultInstrument());
        assertRefused(() -> rounds.create(new RoundData(draft, "Uji", today, today.plusDays(1), Set.of(), null, null)),
                "survey.error.instrument-not-published");
        assertRefused(() -> rounds.create(new RoundData(defaultInstrument(), "Uji", today, today.minusDays(1), Set.of(),
                null, null)), "survey.error.dates");
        assertRefused(() -> rounds.create(new RoundData(defaultInstrument(), " ", today, today, Set.of(), null, null)),
                "survey.error.title");
    }

    @Test
    @WithUserDetails("admin")
    void anAnsweredInstrumentIsNeverEditedInPlaceButCopied() {
        Instrument published = instruments.load(defaultInstrument());
        long itemId = published.items().getFirst().id();
        assertRefused(() -> instruments.updateItem(itemId, "x", "x", published.items().getFirst().subscaleId(), false),
                "survey.error.not-draft");

        long copy = instruments.newVersion(published.id());
        Instrument draft = instruments.load(copy);
        assertThat(draft.version()).isEqualTo(published.version() + 1);
        assertThat(draft.status()).isEqualTo(InstrumentStatus.DRAFT);
        assertThat(draft.items()).hasSameSizeAs(published.items());
        assertThat(draft.labels()).hasSameSizeAs(published.labels());
        assertThat(draft.items().stream().filter(Instrument.Item::reverseScored).count())
                .isEqualTo(published.items().stream().filter(Instrument.Item::reverseScored).count());

        Instrument.Item first = draft.items().getFirst();
        instruments.updateItem(first.id(), "Teks baru", "New text", first.subscaleId(), true);
        instruments.addItem(copy, first.subscaleId(), "Tambahan", "Added", false);
        instruments.removeItem(instruments.load(copy).items().get(1).id());
        assertThat(instruments.load(copy).items()).hasSameSizeAs(published.items())
                .extracting(Instrument.Item::position).containsExactlyElementsOf(
                        published.items().stream().map(Instrument.Item::position).toList());
        assertThat(instruments.load(copy).items().getLast().textEn()).isEqualTo("Added");
        instruments.publish(copy);
        assertRefused(() -> instruments.addItem(copy, first.subscaleId(), "x", "x", false), "survey.error.not-draft");
        assertThat(instruments.load(copy).items().getFirst().textEn()).isEqualTo("New text");
        assertThat(instruments.load(published.id()).items().getFirst().textEn()).isEqualTo(first.textEn());
    }

    @Test
    @WithUserDetails("kepala")
    void headsSeeRatesOfTheirUnitsOnlyAndCannotRunRounds() {
        long open = jdbc.sql("select id from survey_round where status = 'OPEN'").query(Long.class).single();
        assertThat(rounds.responseRates(open)).extracting(UnitResponseRate::unitName)
                .containsExactly("Kelurahan Plaju Ulu");
        assertThat(rounds.notCompleted(open)).isNotEmpty().allMatch(n -> n.endsWith("Kelurahan Plaju Ulu"));
        assertThatThrownBy(() -> rounds.close(open)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("pegawai")
    void employeesSeeTheirOpenRoundButNoRates() {
        assertThat(rounds.myOpenRounds()).extracting(OpenRound::title).contains("Survei Motivasi Kerja Akhir Tahun 2026");
        long open = jdbc.sql("select id from survey_round where status = 'OPEN'").query(Long.class).single();
        assertThatThrownBy(() -> rounds.responseRates(open)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> instruments.list()).isInstanceOf(AccessDeniedException.class);
    }
}
