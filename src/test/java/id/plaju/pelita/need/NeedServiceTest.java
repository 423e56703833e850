package id.plaju.pelita.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.ProgrammeData;
import id.plaju.pelita.training.TrainingFixture;
import id.plaju.pelita.training.TrainingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * A need followed from proposal to "terlaksana": pegawai and a colleague in Plaju Ulu propose the same
 * training, kepala merges and endorses them, admin plans a programme, a session of it is held. Around
 * it: the window, bad input, and a head's reach (a forged id of another unit's need).
 */
@PelitaSpringTest
@Transactional
class NeedServiceTest {

    static final int YEAR = TestClock.TODAY.getYear();

    @Autowired
    NeedService needs;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    long pegawai;
    long colleague;
    long outsider;

    @BeforeEach
    void peopleAndAnOpenWindow() {
        pegawai = employeeOf("pegawai");
        colleague = jdbc.sql("""
                select e.id from employee e join unit u on u.id = e.unit_id
                where u.name = 'Kelurahan Plaju Ulu' and e.active and e.id <> ? and e.id <> ? order by e.id limit 1""")
                .params(pegawai, employeeOf("kepala")).query(Long.class).single();
        TrainingFixture f = new TrainingFixture(jdbc);
        outsider = f.employee(f.unit("SEKSI-UJI-KEB", "Seksi Uji Kebutuhan"), "199001012015031901", "Orang Luar");
        as("admin", () -> {
            needs.openWindow(YEAR, TestClock.TODAY.minusDays(30), TestClock.TODAY.plusDays(10));
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long employeeOf(String username) {
        return jdbc.sql("select employee_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long propose(long employee, String topic) {
        TrainingFixture.signInAs("e" + employee, employee);
        return needs.propose(new NeedData(CompetencyType.TEKNIS, topic, "TPS liar di RT 05 belum tertangani", NeedPriority.TINGGI));
    }

    private NeedStatus statusOf(long employee, long need) {
        TrainingFixture.signInAs("e" + employee, employee);
        return needs.mine().stream().filter(n -> n.id() == need).findFirst().orElseThrow().status();
    }

    @Test
    void aNeedGoesFromProposedToEndorsedPlannedAndHeld() {
        long mine = propose(pegawai, "Pemilahan Sampah Rumah Tangga");
        long theirs = propose(colleague, "pemilahan  sampah rumah  tangga");
        assertThat(statusOf(pegawai, mine)).isEqualTo(NeedStatus.PROPOSED);

        as("kepala", () -> needs.merge(mine, List.of(theirs)));
        assertThat(as("kepala", () -> needs.endorse(List.of(mine, theirs)))).as("the duplicate is not endorsed itself")
                .isEqualTo(1);
        assertThat(statusOf(pegawai, mine)).isEqualTo(NeedStatus.ENDORSED);
        assertThat(statusOf(colleague, theirs)).as("a duplicate follows its target").isEqualTo(NeedStatus.ENDORSED);
        List<NeedGroup> groups = as("admin", () -> needs.groups(YEAR));
        assertThat(groups).filteredOn(g -> g.topic().equals("Pemilahan Sampah Rumah Tangga")).singleElement()
                .isEqualTo(new NeedGroup("Pemilahan Sampah Rumah Tangga", "Kelurahan Plaju Ulu", 2, 2, 0));

        ProgrammeData programme = new ProgrammeData("Pemilahan Sampah Rumah Tangga", "Dari usulan kelurahan",
                Delivery.WORKSHOP, TrainingMode.KLASIKAL, CompetencyType.TEKNIS, "Lingkungan", null);
        assertThatThrownBy(() -> as("admin", () -> needs.planProgramme(programme, List.of(theirs))))
                .as("only the need it was merged into").hasMessageContaining("need.error.not-endorsed");
        long programmeId = as("admin", () -> needs.planProgramme(programme, List.of(mine)));
        assertThat(statusOf(pegawai, mine)).isEqualTo(NeedStatus.PLANNED);
        assertThat(statusOf(colleague, theirs)).isEqualTo(NeedStatus.PLANNED);
        TrainingFixture.signInAs("pegawai", pegawai);
        assertThat(needs.programmesForMyUnit()).contains(programmeId);

        long session = new TrainingFixture(jdbc).session(programmeId, LocalDateTime.of(YEAR, 11, 20, 8, 0), "8.0", "OPEN", 30);
        assertThat(statusOf(pegawai, mine)).as("planned until it is held").isEqualTo(NeedStatus.PLANNED);
        jdbc.sql("update training_session set status = 'DONE' where id = ?").param(session).update();
        assertThat(statusOf(pegawai, mine)).isEqualTo(NeedStatus.DONE);
        assertThat(statusOf(colleague, theirs)).isEqualTo(NeedStatus.DONE);

        NeedCoverage coverage = as("admin", () -> needs.coverage(YEAR, null));
        assertThat(coverage.answering()).isGreaterThanOrEqualTo(1);
        assertThat(coverage.programmes()).isGreaterThanOrEqualTo(coverage.answering());
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('NEED_MERGED', 'NEED_ENDORSED', 'NEED_PLANNED')"
                + " and occurred_at is not null").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theCoverageCountsEndorsedNeedsNotYetPlanned() {
        long before = as("kepala", () -> needs.coverage(YEAR, null)).endorsedNotPlanned();
        long need = propose(pegawai, "Penanganan Pengaduan Daring");
        as("kepala", () -> needs.endorse(List.of(need)));
        assertThat(as("kepala", () -> needs.coverage(YEAR, null)).endorsedNotPlanned()).isEqualTo(before + 1);
        assertThat(as("camat", () -> needs.coverage(YEAR, null)).endorsedNotPlanned()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aHeadActsOnlyOnTheirUnitsNeedsEvenWithAForgedId() {
        long outside = propose(outsider, "Arsip Digital");
        long mine = propose(pegawai, "Arsip Digital");
        assertThatThrownBy(() -> as("kepala", () -> needs.endorse(List.of(outside)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kepala", () -> needs.merge(mine, List.of(outside))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("kepala", () -> needs.ofUnits(YEAR, null))).extracting(NeedRow::id).contains(mine).doesNotContain(outside);
        assertThatThrownBy(() -> as("kepala", () -> needs.endorse(List.of(99_999_999L))))
                .hasMessageContaining("need.error.not-found");
        assertThatThrownBy(() -> as("kepala", () -> needs.groups(YEAR))).isInstanceOf(AccessDeniedException.class);
        TrainingFixture.signInAs("pegawai", pegawai);
        assertThatThrownBy(() -> needs.endorse(List.of(mine))).isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(outsider, outside)).isEqualTo(NeedStatus.PROPOSED);
    }

    @Test
    void badProposalsAndAClosedWindowAreRefusedWithAMessage() {
        TrainingFixture.signInAs("pegawai", pegawai);
        assertThatThrownBy(() -> needs.propose(new NeedData(CompetencyType.TEKNIS, "  ", "Masalah yang cukup panjang",
                NeedPriority.SEDANG))).hasMessageContaining("need.error.topic-required");
        assertThatThrownBy(() -> needs.propose(new NeedData(CompetencyType.TEKNIS, "Topik", "pendek", NeedPriority.SEDANG)))
                .hasMessageContaining("need.error.problem-required");
        assertThatThrownBy(() -> needs.propose(new NeedData(CompetencyType.TEKNIS, "x".repeat(151), "Masalah yang cukup panjang",
                NeedPriority.SEDANG))).hasMessageContaining("need.error.topic-too-long");
        assertThatThrownBy(() -> needs.propose(new NeedData(null, "Topik", "Masalah yang cukup panjang", null)))
                .hasMessageContaining("need.error.incomplete");

        as("admin", () -> {
            assertThatThrownBy(() -> needs.openWindow(YEAR, TestClock.TODAY, TestClock.TODAY.minusDays(1)))
                    .hasMessageContaining("need.error.window-order");
            assertThatThrownBy(() -> needs.openWindow(YEAR + 5, LocalDate.of(YEAR + 5, 1, 1), LocalDate.of(YEAR + 5, 2, 1)))
                    .hasMessageContaining("need.error.window-year");
            needs.openWindow(YEAR, TestClock.TODAY.minusDays(30), TestClock.TODAY.minusDays(1));
            return null;
        });
        TrainingFixture.signInAs("pegawai", pegawai);
        assertThatThrownBy(() -> needs.propose(new NeedData(CompetencyType.TEKNIS, "Topik", "Masalah yang cukup panjang",
                NeedPriority.SEDANG))).isInstanceOf(UserFacingException.class).hasMessageContaining("need.error.window-closed");
        assertThat(needs.mine()).noneMatch(n -> n.topic().equals("Topik"));
    }
}
