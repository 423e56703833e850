package id.plaju.pelita.kinerja;

import id.plaju.pelita.base.TableFile;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.Nip;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The predikat import from the e-Kinerja export (CSV or XLSX: NIP, year, predikat) in two steps, like
 * the employee import: {@link #preview} checks every row — unknown or malformed NIP, a year outside
 * {@link PerformanceRatingService#FIRST_YEAR}–this year, an unknown predikat, the same NIP and year
 * twice — and writes nothing; {@link #importAll} checks again and writes every row in one
 * transaction, or none. Each predikat that changes is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class PerformanceImportService {

    public static final List<String> COLUMNS = List.of("nip", "tahun", "predikat");

    private final JdbcClient jdbc;
    private final PerformanceRatingService ratings;
    private final AuditService audit;
    private final Today today;

    PerformanceImportService(JdbcClient jdbc, PerformanceRatingService ratings, AuditService audit, Today today) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.audit = audit;
        this.today = today;
    }

    /** A CSV template with the header and two example rows. */
    public byte[] csvTemplate() {
        int year = today.year() - 1;
        return TableFile.csvTemplate(COLUMNS, "198503122010012004," + year + ",Baik",
                "199001052015031105," + year + ",Sangat Baik");
    }

    public RatingImport preview(String fileName, byte[] content) {
        return check(fileName, TableFile.read(fileName, content, COLUMNS));
    }

    /** Writes every row of the preview, or nothing when any row has a problem (now or since the preview). */
    @Transactional
    public int importAll(RatingImport preview) {
        RatingImport again = check(preview.fileName(), preview.rows().stream()
                .map(row -> new TableFile.Line(row.line(), row.values(), false)).toList());
        if (preview.rowsWithProblems() > 0 || !again.canImport()) {
            throw new UserFacingException("import.error.has-problems", Math.max(again.rowsWithProblems(), 1));
        }
        int changed = 0;
        for (RatingImport.Row row : again.rows()) {
            Optional<Predikat> before = ratings.write(row.employeeId(), row.year(), row.predikat(), "IMPORT");
            if (before.orElse(null) != row.predikat()) {
                changed++;
                audit.record(AuditAction.PERFORMANCE_RATING_SET, row.values().get("nip"), row.year() + ": "
                        + before.map(Predikat::label).orElse("—") + " → " + row.predikat().label() + " (impor)");
            }
        }
        audit.record(AuditAction.PERFORMANCE_RATINGS_IMPORTED, preview.fileName(),
                again.rows().size() + " rows, " + changed + " changed");
        return again.rows().size();
    }

    private RatingImport check(String fileName, List<TableFile.Line> lines) {
        List<String> nips = lines.stream().map(l -> l.values().getOrDefault("nip", "").strip()).filter(Nip::isValid)
                .distinct().toList();
        Map<String, Long> employeeOf = new HashMap<>();
        if (!nips.isEmpty()) {
            jdbc.sql("select nip, id from current_employee where nip in (:nips)").param("nips", nips)
                    .query((rs, i) -> employeeOf.put(rs.getString("nip"), rs.getLong("id"))).list();
        }
        int thisYear = today.year();
        Map<String, Integer> firstLine = new HashMap<>();
        List<RatingImport.Row> rows = new ArrayList<>();
        for (TableFile.Line line : lines) {
            Map<String, String> v = line.values();
            List<RatingImport.Problem> problems = new ArrayList<>();
            String nip = v.getOrDefault("nip", "").strip();
            Long employee = null;
            if (line.nipWrittenAsNumber()) {
                problems.add(new RatingImport.Problem("nip", "import.error.nip-number"));
            } else if (!Nip.isValid(nip)) {
                problems.add(new RatingImport.Problem("nip", "kinerja.import.error.nip-invalid", nip));
            } else {
                employee = employeeOf.get(nip);
                if (employee == null) {
                    problems.add(new RatingImport.Problem("nip", "kinerja.import.error.nip-unknown", nip));
                }
            }
            Integer year = parseYear(v.getOrDefault("tahun", ""));
            if (year == null || year < PerformanceRatingService.FIRST_YEAR || year > thisYear) {
                // years as text: a message format would write 2026 as "2.026"
                problems.add(new RatingImport.Problem("tahun", "kinerja.error.year",
                        String.valueOf(PerformanceRatingService.FIRST_YEAR), String.valueOf(thisYear)));
                year = null;
            }
            Predikat predikat = Predikat.parse(v.get("predikat")).orElse(null);
            if (predikat == null) {
                problems.add(new RatingImport.Problem("predikat", "kinerja.import.error.predikat",
                        v.getOrDefault("predikat", "")));
            }
            if (Nip.isValid(nip) && year != null) {
                Integer first = firstLine.putIfAbsent(nip + "/" + year, line.number());
                if (first != null) {
                    problems.add(new RatingImport.Problem("tahun", "kinerja.import.error.twice", first));
                }
            }
            rows.add(new RatingImport.Row(line.number(), v, employee, year, predikat, List.copyOf(problems)));
        }
        return new RatingImport(fileName, List.copyOf(rows));
    }

    private static Integer parseYear(String text) {
        String t = text.strip();
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }
}
