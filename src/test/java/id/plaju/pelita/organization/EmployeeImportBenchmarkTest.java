package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * How long 2,000 employees take to import (preview, then the one-transaction import) on the
 * real database. Prints the figures; run with {@code ./mvnw -Pbench test}.
 */
@PelitaSpringTest
@Tag("bench")
@WithUserDetails("admin")
class EmployeeImportBenchmarkTest {

    private static final int ROWS = 2_000;

    @Autowired
    EmployeeImportService importer;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        jdbc.sql("delete from employee where full_name like 'Bench %'").update();
        jdbc.sql("delete from audit_log where target = 'bench.csv'").update();
    }

    @Test
    void import2000Rows() {
        StringBuilder csv = new StringBuilder(String.join(",", importer.columns())).append('\n');
        LocalDate birth = LocalDate.of(1975, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            Nip nip = Nip.of(birth.plusDays(i), YearMonth.of(2005, 3), i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    1 + i % 999);
            csv.append(nip.value()).append(",Bench ").append(i)
                    .append(",III/a,PNS,PELAKSANA,,Pengadministrasi Umum,KEL-PLAJU-ULU,ya\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        long before = count();

        long t0 = System.nanoTime();
        ImportPreview preview = importer.preview("bench.csv", content);
        long t1 = System.nanoTime();
        int imported = importer.importAll(preview);
        long t2 = System.nanoTime();

        System.out.printf("%nBENCHMARK employee import: %d rows (%d KB) — preview %d ms, import %d ms, total %d ms%n%n",
                imported, content.length / 1024, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
        assertThat(preview.rowsWithProblems()).isZero();
        assertThat(count() - before).isEqualTo(ROWS);
    }

    private long count() {
        return jdbc.sql("select count(*) from employee").query(Long.class).single();
    }
}
