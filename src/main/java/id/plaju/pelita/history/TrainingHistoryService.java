package id.plaju.pelita.history;

import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.certificate.CertificateCode;
import id.plaju.pelita.certificate.CertificateProperties;
import id.plaju.pelita.certificate.CertificateService;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training history out of PELITA: an employee's own transcript (every credited session and approved
 * activity over the years), and for a unit and a year the rows of SIASN's riwayat diklat / kursus
 * upload. Both read the same credits as the JP ledger (the views of migration V011).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrainingHistoryService {

    /** The SIASN columns, in the order of its riwayat kursus record (README, "Ekspor SIASN"). */
    public static final List<String> SIASN_COLUMNS = List.of("nip", "jenisKursus", "namaKursus", "institusiPenyelenggara",
            "tanggalKursus", "tanggalSelesaiKursus", "jumlahJam", "nomorSertipikat", "tahunKursus");

    /** SIASN writes dates day first: 03-03-2026. */
    static final DateTimeFormatter SIASN_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * Every credit of the employees {@code :employees}: attended sessions with their certificate, then
     * approved activities. {@code :from}/{@code :to} bound the dates.
     */
    private static final String ENTRIES = """
            select ca.employee_id, e.nip, ca.id as participation_id, cast(s.starts_at as date) as start_date,
                   cast(s.ends_at as date) as end_date, p.title, p.delivery, p.competency, p.organizer, ca.jp,
                   c.code, (c.revoked_at is not null) as revoked
            from credited_attendance ca
            join employee e on e.id = ca.employee_id
            join training_session s on s.id = ca.session_id
            join training_programme p on p.id = ca.programme_id
            left join certificate c on c.participation_id = ca.id
            where ca.employee_id in (:employees) and ca.starts_at >= :from and ca.starts_at < :to
            union all
            select na.employee_id, e.nip, null, na.activity_date, na.activity_date, na.title, na.delivery,
                   na.competency, null, na.jp, null, false
            from credited_activity a
            join nonklasikal_activity na on na.id = a.id
            join employee e on e.id = na.employee_id
            where na.employee_id in (:employees) and na.activity_date >= :from and na.activity_date < :to
            order by 1, 4, 6""";

    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 1, 1);

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final CertificateService certificates;
    private final CertificateProperties properties;

    TrainingHistoryService(JdbcClient jdbc, UnitScopeService scope, CertificateService certificates,
            CertificateProperties properties) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.certificates = certificates;
        this.properties = properties;
    }

    /** The caller's transcript, every year, each session with its certificate (issued now where needed). */
    public Transcript mine() {
        long me = CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("history.error.no-employee"));
        certificates.issueMine();
        Map<String, Object> person = jdbc.sql("""
                select e.full_name, e.nip, u.name as unit_name from employee e join unit u on u.id = e.unit_id
                where e.id = ?""").param(me).query().singleRow();
        Map<Integer, List<HistoryEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (HistoryEntry entry : entries(Set.of(me), EVER, NEVER)) {
            byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entry);
        }
        return new Transcript((String) person.get("full_name"), (String) person.get("nip"),
                (String) person.get("unit_name"),
                byYear.entrySet().stream().map(y -> new Transcript.Year(y.getKey(), y.getValue())).toList());
    }

    /**
     * The credited training of a year of the current staff of a unit (and its sub-units; none chosen:
     * the caller's scope) in SIASN's columns. Certificates not yet issued are issued first, so every
     * session carries its number; a session whose certificate was revoked is left out (it is no record
     * to report). Hours are JP, as SIASN's jumlahJam counts jam pelajaran.
     */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public PanelData siasn(int year, Long unitId, String unitLabel) {
        Set<Long> units = scope.unitsOf(unitId);
        List<List<Object>> rows = new ArrayList<>();
        if (!units.isEmpty()) {
            certificates.issueForUnit(unitId, year);
            Set<Long> staff = Set.copyOf(jdbc.sql("select id from current_employee where unit_id in (:units)")
                    .param("units", units).query(Long.class).list());
            if (!staff.isEmpty()) {
                for (HistoryEntry entry : entries(staff, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
                    if (entry.certificateRevoked()) {
                        continue;
                    }
                    rows.add(List.of(entry.nip(), siasnType(entry.delivery()), entry.title(), organizer(entry),
                            SIASN_DATE.format(entry.start()), SIASN_DATE.format(entry.end()), entry.jp(),
                            entry.certificateCode() == null ? "" : CertificateCode.format(entry.certificateCode()),
                            year));
                }
            }
        }
        return new PanelData("siasn-riwayat-kursus", "SIASN riwayat kursus", year + " " + unitLabel, SIASN_COLUMNS, rows);
    }

    private String organizer(HistoryEntry entry) {
        return entry.organizer() == null || entry.organizer().isBlank() ? properties.organizer() : entry.organizer();
    }

    /** The jenis kursus of SIASN a delivery reports as. */
    static String siasnType(Delivery delivery) {
        return switch (delivery) {
            case WORKSHOP -> "Workshop";
            case SEMINAR -> "Seminar";
            case ONLINE_COURSE -> "E-Learning";
            case COACHING -> "Coaching";
            case MENTORING -> "Mentoring";
            case INTERNSHIP -> "Magang";
            case SELF_STUDY -> "Belajar Mandiri";
            case OTHER -> "Kursus";
        };
    }

    private List<HistoryEntry> entries(Set<Long> employees, LocalDate from, LocalDate to) {
        return jdbc.sql(ENTRIES).param("employees", employees).param("from", from).param("to", to)
                .query(TrainingHistoryService::entry).list();
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        long participation = rs.getLong("participation_id");
        Long participationId = rs.wasNull() ? null : participation;
        return new HistoryEntry(rs.getLong("employee_id"), rs.getString("nip"), participationId,
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("title"),
                Delivery.valueOf(rs.getString("delivery")), CompetencyType.valueOf(rs.getString("competency")),
                rs.getString("organizer"), rs.getBigDecimal("jp"), rs.getString("code"), rs.getBoolean("revoked"));
    }
}
