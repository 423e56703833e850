package id.plaju.pelita.demo;

import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedgerService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kinerja for the demo data, counted back from today ({@link DemoCalendar}): the SKP predikat of the
 * two previous years for every current employee (mostly Baik, some Sangat Baik, a few Butuh
 * Perbaikan; somewhat better for staff who earned 20 JP that year), and the IKM of each kelurahan and
 * of the Seksi Pelayanan Umum for the last four finished semesters. Fixed seed: the same every start.
 */
@Component
@Conditional(DemoDataCondition.class)
class KinerjaDemoData {

    static final long SEED = 20_261_205L;
    /** The units that serve the public directly: the kelurahan and the kecamatan's service section. */
    static final String SERVICE_UNITS = "u.type = 'KELURAHAN' or u.code = 'KEC-PELUM'";

    private static final Logger log = LoggerFactory.getLogger(KinerjaDemoData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    KinerjaDemoData(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional
    public void load(DemoCalendar calendar) {
        if (jdbc.sql("select count(*) from performance_rating").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from service_satisfaction").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(SEED);
        Timestamp now = Timestamp.valueOf(calendar.today().atStartOfDay());
        int ratings = 0;
        for (int year = calendar.today().getYear() - 2; year < calendar.today().getYear(); year++) {
            List<Object[]> rows = new ArrayList<>();
            for (Map.Entry<Long, BigDecimal> employee : jpOf(year).entrySet()) {
                Predikat predikat = predikat(random, Jp.compliance(employee.getValue()));
                rows.add(new Object[] {employee.getKey(), year, predikat.name(), now});
            }
            template.batchUpdate("""
                    insert into performance_rating (employee_id, rating_year, predikat, source, updated_by, updated_at)
                    values (?, ?, ?, 'IMPORT', 'demo', ?)""", rows);
            ratings += rows.size();
        }
        List<Map<String, Object>> units = jdbc.sql("select u.id, u.name from unit u where u.active and ("
                + SERVICE_UNITS + ") order by u.id").query().listOfRows();
        List<Object[]> ikm = new ArrayList<>();
        LocalDate today = calendar.today();
        int year = today.getYear();
        int semester = today.getMonthValue() <= 6 ? 1 : 2;
        for (int back = 4; back >= 1; back--) {
            int s = semester - back;
            int y = year;
            while (s < 1) {
                s += 2;
                y--;
            }
            for (Map<String, Object> unit : units) {
                // 74–90, a little better each semester, each unit with its own level
                double level = 78 + (((Number) unit.get("id")).longValue() * 7 % 9) + (4 - back) * 0.9
                        + random.nextGaussian() * 1.5;
                BigDecimal value = BigDecimal.valueOf(Math.max(65, Math.min(97, level))).setScale(2, RoundingMode.HALF_UP);
                ikm.add(new Object[] {unit.get("id"), y, s, value, 120 + random.nextInt(280), now});
            }
        }
        template.batchUpdate("""
                insert into service_satisfaction (unit_id, period_year, semester, ikm, respondents, updated_by, updated_at)
                values (?, ?, ?, ?, ?, 'demo', ?)""", ikm);
        log.info("Kinerja demo data: {} predikat, {} IKM", ratings, ikm.size());
    }

    /** Every current employee with the JP credited to them in a year (0 when none). */
    private Map<Long, BigDecimal> jpOf(int year) {
        Map<Long, BigDecimal> jp = new java.util.LinkedHashMap<>();
        jdbc.sql("select id from current_employee order by id").query(Long.class).list()
                .forEach(id -> jp.put(id, BigDecimal.ZERO));
        Map<String, Object> range = Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1));
        Map<Long, BigDecimal> credited = new HashMap<>();
        jdbc.sql("select c.employee_id, sum(c.jp) as jp from (" + JpLedgerService.CREDITS
                + ") c group by c.employee_id").params(range)
                .query((rs, i) -> credited.put(rs.getLong("employee_id"), rs.getBigDecimal("jp"))).list();
        credited.forEach((id, value) -> jp.computeIfPresent(id, (k, v) -> value));
        return jp;
    }

    /** Mostly Baik; Sangat Baik more often and Butuh Perbaikan less often for those at 20 JP. */
    private static Predikat predikat(Random random, Jp.Compliance compliance) {
        int roll = random.nextInt(100);
        int sangatBaik = switch (compliance) {
            case GREEN -> 22;
            case AMBER -> 12;
            case RED -> 6;
        };
        int butuhPerbaikan = switch (compliance) {
            case GREEN -> 3;
            case AMBER -> 7;
            case RED -> 12;
        };
        if (roll < sangatBaik) {
            return Predikat.SANGAT_BAIK;
        }
        if (roll >= 100 - butuhPerbaikan) {
            return compliance == Jp.Compliance.RED && roll >= 98 ? Predikat.KURANG : Predikat.BUTUH_PERBAIKAN;
        }
        return Predikat.BAIK;
    }
}
