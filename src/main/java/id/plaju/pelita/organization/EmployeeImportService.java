package id.plaju.pelita.organization;

import id.plaju.pelita.base.TableFile;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee import from CSV or XLSX in two steps: {@link #preview} reads and checks every row
 * (bad NIP, unknown unit code, NIP twice in the file or already registered, missing values) and
 * writes nothing; {@link #importAll} checks again and writes all rows in one transaction — all or
 * none.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class EmployeeImportService {

    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final AuditService audit;

    EmployeeImportService(EmployeeRepository employees, UnitRepository units, AuditService audit) {
        this.employees = employees;
        this.units = units;
        this.audit = audit;
    }

    /** The columns an import file must have, in the template's order. */
    public List<String> columns() {
        return EmployeeFile.COLUMNS;
    }

    /** A CSV template: the header and one example row. */
    public byte[] csvTemplate() {
        return EmployeeFile.csvTemplate();
    }

    public ImportPreview preview(String fileName, byte[] content) {
        return check(fileName, EmployeeFile.read(fileName, content));
    }

    /** Writes every row of the preview, or nothing when any row has a problem (now or since the preview). */
    @Transactional
    public int importAll(ImportPreview preview) {
        List<TableFile.Line> lines = preview.rows().stream()
                .map(row -> new TableFile.Line(row.line(), row.values(), false)).toList();
        ImportPreview again = check(preview.fileName(), lines);
        if (preview.rowsWithProblems() > 0 || !again.canImport()) {
            throw new UserFacingException("import.error.has-problems", Math.max(again.rowsWithProblems(), 1));
        }
        Map<Long, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        List<Employee> created = again.rows().stream()
                .map(row -> new Employee(row.data(), unitsById.get(row.data().unitId()))).toList();
        employees.saveAll(created);
        audit.record(AuditAction.EMPLOYEES_IMPORTED, preview.fileName(), created.size() + " rows");
        return created.size();
    }

    private ImportPreview check(String fileName, List<TableFile.Line> lines) {
        Map<String, Unit> unitsByCode = units.findAll().stream().filter(Unit::isActive)
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(Locale.ROOT), Function.identity()));
        Set<String> registered = new HashSet<>(employees.findExistingNips(lines.stream()
                .map(l -> l.values().getOrDefault("nip", "")).filter(Nip::isValid).map(String::strip).toList()));
        Map<String, Integer> firstLineOfNip = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (TableFile.Line line : lines) {
            Map<String, String> v = line.values();
            List<EmployeeProblem> problems = new ArrayList<>();
            Golongan golongan = parse(v.get("golongan"), EmployeeImportService::golongan, EmployeeProblem.Field.GOLONGAN,
                    problems);
            EmploymentType type = parse(v.get("jenis_pegawai"), s -> enumValue(EmploymentType.class, s),
                    EmployeeProblem.Field.EMPLOYMENT_TYPE, problems);
            PositionFamily family = parse(v.get("jenis_jabatan"), s -> enumValue(PositionFamily.class, s),
                    EmployeeProblem.Field.POSITION_FAMILY, problems);
            PositionLevel level = parse(v.get("jenjang_jabatan"), EmployeeImportService::level,
                    EmployeeProblem.Field.POSITION_LEVEL, problems);
            Boolean active = parse(v.get("aktif"), EmployeeImportService::yesNo, EmployeeProblem.Field.ACTIVE, problems);
            String code = v.getOrDefault("kode_unit", "").strip().toUpperCase(Locale.ROOT);
            Unit unit = unitsByCode.get(code);
            if (!code.isEmpty() && unit == null) {
                problems.add(new EmployeeProblem(EmployeeProblem.Field.UNIT, "import.error.unit-unknown", code));
            }
            String nip = v.getOrDefault("nip", "").strip();
            EmployeeData data = new EmployeeData(nip, v.get("nama"), golongan, type, family, level, v.get("jabatan"),
                    unit == null ? null : unit.getId(), active == null || active);
            EmployeeValidator.validate(data).stream()
                    .filter(p -> p.field() != EmployeeProblem.Field.UNIT || code.isEmpty())
                    .filter(p -> problems.stream().noneMatch(q -> q.field() == p.field()))
                    .forEach(problems::add);
            if (line.nipWrittenAsNumber()) {
                problems.removeIf(p -> p.field() == EmployeeProblem.Field.NIP);
                problems.add(new EmployeeProblem(EmployeeProblem.Field.NIP, "import.error.nip-number"));
            } else if (Nip.isValid(nip)) {
                Integer first = firstLineOfNip.putIfAbsent(nip, line.number());
                if (first != null) {
                    problems.add(new EmployeeProblem(EmployeeProblem.Field.NIP, "import.error.nip-twice", first));
                } else if (registered.contains(nip)) {
                    problems.add(new EmployeeProblem(EmployeeProblem.Field.NIP, "import.error.nip-registered"));
                }
            }
            rows.add(new ImportRow(line.number(), v, data, List.copyOf(problems)));
        }
        return new ImportPreview(fileName, List.copyOf(rows));
    }

    /** Blank is "no value"; a value that cannot be read is a problem of that field. */
    private static <T> T parse(String raw, Function<String, Optional<T>> reader, EmployeeProblem.Field field,
            List<EmployeeProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<T> value = reader.apply(raw.strip());
        if (value.isEmpty()) {
            problems.add(new EmployeeProblem(field, "import.error.value-unknown", raw.strip()));
        }
        return value.orElse(null);
    }

    private static Optional<Golongan> golongan(String s) {
        return Arrays.stream(Golongan.values())
                .filter(g -> g.code().equalsIgnoreCase(s) || g.name().equalsIgnoreCase(s)).findFirst();
    }

    private static Optional<PositionLevel> level(String s) {
        String normal = s.replace(' ', '_');
        return Arrays.stream(PositionLevel.values())
                .filter(l -> l.name().equalsIgnoreCase(normal) || l.label().equalsIgnoreCase(s)).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String s) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(s)).findFirst();
    }

    private static Optional<Boolean> yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ya", "y", "yes", "true", "1", "aktif" -> Optional.of(true);
            case "tidak", "t", "no", "false", "0", "nonaktif" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
