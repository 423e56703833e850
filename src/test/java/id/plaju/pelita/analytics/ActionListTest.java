package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestUsers;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.StaffInvitationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Perlu tindak lanjut" and the invitation from it, against a small fixture counted by hand (the
 * test clock stands at 2 December 2026, 08:00 WIB):
 *
 * <pre>
 * Fix A: a1 25 JP (S1 12 + S2 13), a2 12 JP (S1, late), a3 0 JP (invited to O1), a4 inactive
 * Fix B: b1 5 JP (approved nonklasikal)
 * O1 open 10 Dec, 10 seats · O2 open 20 Dec, full · O3 open 10 Jan 2027 · O4 open, started 1 Dec
 * O5 planned 15 Dec · O6 open 15 Dec, no seat limit
 * </pre>
 */
@PelitaSpringTest
@Transactional
class ActionListTest {

    private static final int YEAR = 2026;

    @Autowired
    DashboardService dashboard;

    @Autowired
    StaffInvitationService invitations;

    @Autowired
    JdbcClient jdbc;

    private long root;
    private long unitA;
    private long unitB;
    private final Map<String, Long> ids = new HashMap<>();
    private int nip;

    @BeforeEach
    void fixture() {
        root = unit("FIX-R", "Fix Kecamatan", null, "KECAMATAN");
        unitA = unit("FIX-A", "Fix A", root, "SEKSI");
        unitB = unit("FIX-B", "Fix B", root, "SEKSI");
        for (String who : List.of("a1", "a2", "a3", "a4")) {
            employee(who, unitA, !who.equals("a4"));
        }
        employee("b1", unitB, true);
        long programme = programme("Fix Pelatihan");
        long s1 = session(programme, LocalDateTime.of(YEAR, 3, 10, 8, 0), "12", "DONE", null, 0);
        long s2 = session(programme, LocalDateTime.of(YEAR, 7, 10, 8, 0), "13", "DONE", null, 0);
        attend(s1, "a1", "HADIR");
        attend(s2, "a1", "HADIR");
        attend(s1, "a2", "TERLAMBAT");
        jdbc.sql("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence,
                    status) values (?, 'Kursus daring', 'ONLINE_COURSE', 'TEKNIS', ?, 5, 'Sertifikat', 'APPROVED')""")
                .params(ids.get("b1"), LocalDate.of(YEAR, 5, 1)).update();
        ids.put("O1", session(programme, LocalDateTime.of(YEAR, 12, 10, 8, 0), "6", "OPEN", 10, 0));
        ids.put("O2", session(programme, LocalDateTime.of(YEAR, 12, 20, 8, 0), "6", "OPEN", 1, 1));
        ids.put("O3", session(programme, LocalDateTime.of(YEAR + 1, 1, 10, 8, 0), "6", "OPEN", null, 0));
        ids.put("O4", session(programme, LocalDateTime.of(YEAR, 12, 1, 8, 0), "6", "OPEN", null, 0));
        ids.put("O5", session(programme, LocalDateTime.of(YEAR, 12, 15, 8, 0), "6", "PLANNED", null, 0));
        ids.put("O6", session(programme, LocalDateTime.of(YEAR, 12, 15, 13, 0), "6", "OPEN", null, 0));
        attend(ids.get("O1"), "a3", "INVITED");
        TestUsers.signIn(TestUsers.admin());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theStaffBelow20JpWithTheirGapAndTheSessionsTheyCanStillJoin() {
        ActionList list = dashboard.actionList(new DashboardService.Filter(YEAR, root, null, null));

        assertThat(list.staff()).extracting(ActionList.Behind::fullName).containsExactly("a3", "a2", "b1");
        assertThat(list.staff()).extracting(b -> b.jp().stripTrailingZeros())
                .containsExactly(BigDecimal.ZERO, new BigDecimal("12"), new BigDecimal("5"));
        assertThat(list.staff()).extracting(b -> b.gap().stripTrailingZeros())
                .containsExactly(new BigDecimal("2E+1"), new BigDecimal("8"), new BigDecimal("15"));
        assertThat(list.staff()).extracting(ActionList.Behind::compliance)
                .containsExactly(Jp.Compliance.RED, Jp.Compliance.AMBER, Jp.Compliance.RED);
        assertThat(list.red()).isEqualTo(2);
        assertThat(list.amber()).isEqualTo(1);

        // open, not started, before the year ends, a seat left: O1 and O6, soonest first
        List<Long> fixtureSessions = list.sessions().stream().map(ActionList.OpenSession::id)
                .filter(ids::containsValue).toList();
        assertThat(fixtureSessions).containsExactly(ids.get("O1"), ids.get("O6"));
        assertThat(list.sessions()).filteredOn(s -> s.id() == ids.get("O1")).singleElement()
                .extracting(ActionList.OpenSession::seatsLeft).isEqualTo(10);
        assertThat(list.sessions()).filteredOn(s -> s.id() == ids.get("O6")).singleElement()
                .extracting(ActionList.OpenSession::seatsLeft).isNull();
        // a3 is invited to O1 already: only O6 is offered
        assertThat(fixtureSessionsOf(list, "a3")).containsExactly(ids.get("O6"));
        assertThat(fixtureSessionsOf(list, "a2")).containsExactly(ids.get("O1"), ids.get("O6"));
    }

    @Test
    void aPastYearListsWhoWasBehindButOffersNoSession() {
        ActionList list = dashboard.actionList(new DashboardService.Filter(YEAR - 1, root, null, null));

        assertThat(list.staff()).extracting(ActionList.Behind::fullName).containsExactlyInAnyOrder("a1", "a2", "a3", "b1");
        assertThat(list.sessions()).isEmpty();
        assertThat(list.staff()).allSatisfy(b -> assertThat(b.sessionIds()).isEmpty());
    }

    @Test
    void aHeadSeesOnlyTheirOwnUnitsAndCannotAskForAnother() {
        TestUsers.signIn(TestUsers.head("head-a", Set.of(unitA)));

        assertThat(dashboard.actionList(new DashboardService.Filter(YEAR, null, null, null)).staff())
                .extracting(ActionList.Behind::fullName).containsExactly("a3", "a2");
        assertThatThrownBy(() -> dashboard.actionList(new DashboardService.Filter(YEAR, unitB, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHeadInvitesTheirOwnStaffOnceAndTheInvitationIsAudited() {
        TestUsers.signIn(TestUsers.head("head-a", Set.of(unitA)));

        assertThat(invitations.invite(ids.get("O6"), List.of(ids.get("a2"), ids.get("a3")))).isEqualTo(2);
        assertThat(invitations.invite(ids.get("O6"), List.of(ids.get("a2")))).isZero();

        assertThat(status("O6", "a2")).isEqualTo("INVITED");
        assertThat(status("O6", "a3")).isEqualTo("INVITED");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'STAFF_INVITED' and actor = 'head-a'"
                + " and target = ?").param("session " + ids.get("O6")).query(Long.class).single()).isEqualTo(2);
        // the list no longer offers O6 to them
        TestUsers.signIn(TestUsers.admin());
        ActionList list = dashboard.actionList(new DashboardService.Filter(YEAR, root, null, null));
        assertThat(fixtureSessionsOf(list, "a2")).containsExactly(ids.get("O1"));
        assertThat(fixtureSessionsOf(list, "a3")).isEmpty();
    }

    @Test
    void aForgedIdOutsideTheHeadsUnitsIsRefusedAndNothingIsWritten() {
        TestUsers.signIn(TestUsers.head("head-a", Set.of(unitA)));

        assertThatThrownBy(() -> invitations.invite(ids.get("O6"), List.of(ids.get("a2"), ids.get("b1"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(ids.get("O6"), List.of(ids.get("a4"))))
                .as("an inactive employee").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(ids.get("O6"), List.of(999_999_999L)))
                .as("no such employee").isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from participation where session_id = ?").param(ids.get("O6"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAnOpenSessionThatHasNotStartedTakesInvitations() {
        for (String closed : List.of("O4", "O5")) {
            assertThatThrownBy(() -> invitations.invite(ids.get(closed), List.of(ids.get("a2"))))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("training.error.not-open");
        }
        assertThatThrownBy(() -> invitations.invite(999_999_999L, List.of(ids.get("a2"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("training.error.session-not-found");
    }

    private List<Long> fixtureSessionsOf(ActionList list, String who) {
        return list.staff().stream().filter(b -> b.employeeId() == ids.get(who)).findFirst().orElseThrow()
                .sessionIds().stream().filter(ids::containsValue).toList();
    }

    private String status(String session, String who) {
        return jdbc.sql("select status from participation where session_id = ? and employee_id = ?")
                .params(ids.get(session), ids.get(who)).query(String.class).single();
    }

    private long unit(String code, String name, Long parent, String type) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, ?, ?, true)")
                .params(code, name, type, parent).update(key);
        return key.getKey().longValue();
    }

    private void employee(String name, long unit, boolean active) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employee (nip, full_name, birth_date, gender, golongan, employment_type, position_family,
                    position_title, unit_id, active) values (?, ?, '1990-01-01', 'MALE', 'III_A', 'PNS', 'PELAKSANA',
                    'Pengelola Data', ?, ?)""").params("19900101201501" + String.format("%04d", 9000 + nip++), name, unit, active)
                .update(key);
        ids.put(name, key.getKey().longValue());
    }

    private long programme(String title) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into training_programme (title, delivery, mode, competency, active) values (?, 'WORKSHOP', 'KLASIKAL', 'TEKNIS', true)")
                .param(title).update(key);
        return key.getKey().longValue();
    }

    private long session(long programme, LocalDateTime start, String jp, String status, Integer capacity, int taken) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, capacity, seats_taken, jp, status)
                values (?, ?, ?, 'Aula', ?, ?, ?, ?)""")
                .params(programme, start, start.plusHours(2), capacity, taken, new BigDecimal(jp), status).update(key);
        return key.getKey().longValue();
    }

    private void attend(long session, String who, String status) {
        jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, ?, now(6))")
                .params(session, ids.get(who), status).update();
    }
}
