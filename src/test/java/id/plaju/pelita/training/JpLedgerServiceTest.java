package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's SQL against numbers counted by hand, on a unit of three people made for the test:
 * Ani 21.5 JP (green), Budi exactly 10 (amber), Citra 9.9 (red).
 */
@PelitaSpringTest
@Transactional
class JpLedgerServiceTest {

    @Autowired
    JpLedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    long unit;
    long ani;
    long budi;
    long citra;

    @BeforeEach
    void handCountedData() {
        TrainingFixture f = new TrainingFixture(jdbc);
        unit = f.unit("SEKSI-UJI-JP", "Seksi Uji JP");
        ani = f.employee(unit, "199001012015031901", "Ani Uji");
        budi = f.employee(unit, "199001022015031902", "Budi Uji");
        citra = f.employee(unit, "199001032015032903", "Citra Uji");
        long teknis = f.programme("Uji Teknis", "KLASIKAL", "TEKNIS");
        long manajerial = f.programme("Uji Manajerial", "KLASIKAL", "MANAJERIAL");
        long daring = f.programme("Uji Daring", "NONKLASIKAL", "SOSIAL_KULTURAL");

        long s1 = f.session(teknis, LocalDateTime.of(2026, 3, 2, 8, 0), "8.0", "DONE", 30);
        long s2 = f.session(manajerial, LocalDateTime.of(2026, 6, 2, 8, 0), "6.5", "DONE", 30);
        long s3 = f.session(daring, LocalDateTime.of(2026, 1, 1, 0, 15), "3.0", "DONE", null);
        long lastYear = f.session(teknis, LocalDateTime.of(2025, 12, 31, 23, 30), "5.0", "DONE", 30);
        long notClosed = f.session(teknis, LocalDateTime.of(2026, 9, 1, 8, 0), "7.0", "OPEN", 30);

        f.attend(s1, ani, "HADIR");
        f.attend(s2, ani, "TERLAMBAT");
        f.attend(s3, ani, "HADIR");
        f.attend(lastYear, ani, "HADIR");
        f.attend(notClosed, ani, "HADIR");
        f.activity(ani, LocalDate.of(2026, 4, 1), "4.0", "TEKNIS", "APPROVED");
        f.activity(ani, LocalDate.of(2026, 4, 2), "9.0", "TEKNIS", "PENDING");

        f.attend(s1, budi, "HADIR");
        f.attend(s2, budi, "IZIN");
        f.activity(budi, LocalDate.of(2026, 12, 31), "2.0", "MANAJERIAL", "APPROVED");
        f.activity(budi, LocalDate.of(2027, 1, 1), "5.0", "MANAJERIAL", "APPROVED");

        f.attend(s2, citra, "HADIR");
        f.activity(citra, LocalDate.of(2026, 5, 5), "3.4", "SOSIAL_KULTURAL", "APPROVED");
        f.activity(citra, LocalDate.of(2026, 5, 6), "8.0", "TEKNIS", "REJECTED");
    }

    @Test
    @WithUserDetails("admin")
    void anEmployeesYearIsSplitAsTheRegulationCountsIt() {
        JpLedger a = ledger.ledgerOf(ani, 2026);

        assertThat(a.klasikal()).isEqualByComparingTo("14.5");
        assertThat(a.nonklasikal()).isEqualByComparingTo("7.0");
        assertThat(a.total()).isEqualByComparingTo("21.5");
        assertThat(a.teknis()).isEqualByComparingTo("12.0");
        assertThat(a.manajerial()).isEqualByComparingTo("6.5");
        assertThat(a.sosialKultural()).isEqualByComparingTo("3.0");
        assertThat(a.entries()).hasSize(4);
        assertThat(a.compliance()).isEqualTo(Jp.Compliance.GREEN);
    }

    @Test
    @WithUserDetails("admin")
    void theYearIsTheCalendarYearOfTheSessionStart() {
        assertThat(ledger.ledgerOf(ani, 2025).total()).isEqualByComparingTo("5.0");
        assertThat(ledger.ledgerOf(budi, 2026).total()).isEqualByComparingTo("10.0");
        assertThat(ledger.ledgerOf(budi, 2027).total()).isEqualByComparingTo("5.0");
    }

    @Test
    @WithUserDetails("admin")
    void aUnitCountsItsGreenAmberAndRedStaff() {
        assertThat(ledger.unitCompliance(2026)).filteredOn(u -> u.unitId() == unit).singleElement()
                .isEqualTo(new UnitCompliance(unit, "Seksi Uji JP", 3, 1, 1, 1));
        assertThat(ledger.employees(2026, unit)).extracting(EmployeeJp::fullName)
                .containsExactly("Citra Uji", "Budi Uji", "Ani Uji");
        assertThat(ledger.employees(2026, unit).getFirst().total()).isEqualByComparingTo("9.9");
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadSeesOnlyTheirUnits() {
        assertThat(ledger.unitCompliance(2026)).extracting(UnitCompliance::unitName)
                .containsExactly("Kelurahan Plaju Ulu");
        assertThatThrownBy(() -> ledger.ledgerOf(ani, 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.employees(2026, unit)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesOwnLedgerButNoUnits() {
        assertThat(ledger.myLedger(2026).year()).isEqualTo(2026);
        assertThatThrownBy(() -> ledger.unitCompliance(2026)).isInstanceOf(AccessDeniedException.class);
    }
}
