package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules that the ledger, the dashboards, the surveys and the demo data share are each defined
 * once: in the database views of migration V011 (a credited attendance, a credited activity, a
 * current employee) and in {@link Jp} (the 20 / 10 JP thresholds). Each view is checked row by row on
 * a hand-made fixture, a change of the data moves every feature that counts with it, and no feature
 * spells a rule out again.
 */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class SharedRulesTest {

    private static final int YEAR = 2031; // no demo data: every figure of the year is the fixture's

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JpLedgerService ledger;

    private TrainingFixture fixture;
    private long unit;

    @BeforeEach
    void fixture() {
        fixture = new TrainingFixture(jdbc);
        unit = fixture.unit("RULES", "Seksi Aturan");
    }

    @Test
    void onlyPresentOrLateAtAFinishedSessionIsACreditedAttendance() {
        long programme = fixture.programme("Aturan JP", "KLASIKAL", "TEKNIS");
        long done = fixture.session(programme, LocalDateTime.of(YEAR, 3, 2, 8, 0), "4", "DONE", null);
        long open = fixture.session(programme, LocalDateTime.of(YEAR, 3, 9, 8, 0), "4", "OPEN", null);
        Map<String, Long> employees = new java.util.LinkedHashMap<>();
        for (ParticipationStatus status : ParticipationStatus.values()) {
            long employee = fixture.employee(unit, "20310101" + String.format("%010d", status.ordinal()), status.name());
            employees.put(status.name(), employee);
            fixture.attend(done, employee, status.name());
            fixture.attend(open, employee, status.name());
        }

        List<Long> credited = jdbc.sql("select employee_id from credited_attendance where session_id in (?, ?)")
                .params(done, open).query(Long.class).list();

        assertThat(credited).containsExactlyInAnyOrder(employees.get("HADIR"), employees.get("TERLAMBAT"));
        for (ParticipationStatus status : ParticipationStatus.values()) {
            assertThat(credited.contains(employees.get(status.name()))).as(status.name()).isEqualTo(status.creditsJp());
        }
        // and the ledger counts exactly those: 4 JP each, the open session's none
        assertThat(ledger.unitCompliance(YEAR)).filteredOn(u -> u.unitId() == unit).singleElement()
                .satisfies(u -> assertThat(u.employees()).isEqualTo(ParticipationStatus.values().length));
        assertThat(ledger.employees(YEAR, unit)).filteredOn(e -> e.total().signum() > 0)
                .extracting(EmployeeJp::employeeId)
                .containsExactlyInAnyOrder(employees.get("HADIR"), employees.get("TERLAMBAT"));
    }

    @Test
    void onlyAnApprovedActivityCredits() {
        long employee = fixture.employee(unit, "203101010000000099", "Pegawai Aktivitas");
        fixture.activity(employee, LocalDate.of(YEAR, 2, 1), "3", "TEKNIS", "APPROVED");
        fixture.activity(employee, LocalDate.of(YEAR, 2, 2), "5", "TEKNIS", "PENDING");
        fixture.activity(employee, LocalDate.of(YEAR, 2, 3), "7", "TEKNIS", "REJECTED");

        assertThat(jdbc.sql("select jp from credited_activity where employee_id = ?").param(employee)
                .query(BigDecimal.class).list()).extracting(BigDecimal::intValue).containsExactly(3);
        assertThat(ledger.employees(YEAR, unit)).singleElement()
                .satisfies(e -> assertThat(e.total()).isEqualByComparingTo("3"));
    }

    @Test
    void anInactiveEmployeeIsCountedNowhere() {
        long stays = fixture.employee(unit, "203101010000000001", "Tetap");
        long leaves = fixture.employee(unit, "203101010000000002", "Pindah");
        jdbc.sql("update employee set active = false where id = ?").param(leaves).update();

        assertThat(jdbc.sql("select id from current_employee where unit_id = ?").param(unit).query(Long.class).list())
                .containsExactly(stays);
        assertThat(ledger.unitCompliance(YEAR)).filteredOn(u -> u.unitId() == unit).singleElement()
                .satisfies(u -> assertThat(u.employees()).isEqualTo(1));
        assertThat(ledger.employees(YEAR, unit)).extracting(EmployeeJp::employeeId).containsExactly(stays);
    }

    @Test
    void theThresholdsInSqlAreTheThresholdsInJava() {
        for (String jp : List.of("0", "9.9", "10", "10.0", "19.9", "20", "20.1", "45")) {
            String inSql = jdbc.sql("select " + Jp.complianceSql("x") + " from (select cast(? as decimal(6, 1)) as x) t")
                    .param(jp).query(String.class).single();
            assertThat(inSql).as(jp + " JP").isEqualTo(Jp.compliance(new BigDecimal(jp)).name());
        }
    }

    /** A rule spelled out again in a feature's SQL: the views and {@link Jp} are the only place for them. */
    private static final List<Pattern> REPEATED_RULES = List.of(
            Pattern.compile("'HADIR',\\s*'TERLAMBAT'"),
            Pattern.compile("status\\s*=\\s*'DONE'\\s+and\\s+.*HADIR|HADIR.*status\\s*=\\s*'DONE'"),
            Pattern.compile("a\\.status\\s*=\\s*'APPROVED'"),
            Pattern.compile("\\b(e|em|ce)\\.active\\b(?!\\()|from employee\\b.*\\b(where|and) active\\b"),
            Pattern.compile("jp, 0\\)\\s*[<>]=?\\s*(20|10)\\b"));

    @Test
    void noFeatureSpellsASharedRuleOutAgain() throws IOException {
        List<String> repeats = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    for (Pattern rule : REPEATED_RULES) {
                        if (rule.matcher(line).find()) {
                            repeats.add(source + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(repeats).isEmpty();
    }
}
