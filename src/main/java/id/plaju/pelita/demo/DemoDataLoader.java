package id.plaju.pelita.demo;

import id.plaju.pelita.organization.Gender;
import id.plaju.pelita.organization.Golongan;
import id.plaju.pelita.organization.Nip;
import id.plaju.pelita.organization.PositionLevel;
import id.plaju.pelita.security.Roles;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data set of the SPEC: the real Plaju units, about 150 employees and the accounts
 * {@code admin}, {@code kepala}, {@code camat}, {@code pegawai} (password {@code pelita123}).
 * Generated from a fixed seed, so every start — and every test — sees the same people. Loaded
 * once into an empty database; never in production unless {@code pelita.demo-data=true}.
 */
@Component
@Conditional(DemoDataCondition.class)
class DemoDataLoader {

    static final String DEMO_PASSWORD = "pelita123";
    static final long SEED = 20_261_129L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final List<String> MALE = List.of("Ahmad", "Muhammad", "Rizki", "Fajar", "Hendra", "Iwan",
            "Joko", "Agus", "Bambang", "Dedi", "Eko", "Firman", "Hari", "Irfan", "Kurniawan", "Yudi", "Rahmat",
            "Syahrial", "Zulkifli", "Arif", "Budi", "Candra", "Darmawan", "Gilang", "Hasan");
    private static final List<String> FEMALE = List.of("Siti", "Nurul", "Dewi", "Fitri", "Rina", "Sri", "Yanti",
            "Ayu", "Desi", "Eka", "Indah", "Lestari", "Maya", "Novita", "Putri", "Ratna", "Sari", "Wulan",
            "Yuliana", "Anisa", "Dian", "Kartika", "Mega", "Rahmawati", "Citra");
    private static final List<String> FAMILY = List.of("Saputra", "Pratama", "Hidayat", "Santoso", "Wijaya",
            "Kurnia", "Syahputra", "Rahman", "Nugroho", "Firdaus", "Hakim", "Susanto", "Setiawan", "Gunawan",
            "Permana", "Maulana", "Harahap", "Siregar", "Lubis", "Effendi", "Aritonang", "Yusuf", "Ramadhan",
            "Anggraini", "Oktaviani", "Marlina", "Fitriani", "Handayani");
    private static final List<String> PELAKSANA_TITLES = List.of("Pengadministrasi Umum", "Pengelola Data",
            "Pengadministrasi Kependudukan", "Pengelola Keuangan", "Pengadministrasi Perkantoran",
            "Pengelola Layanan Operasional", "Petugas Ketenteraman dan Ketertiban", "Pengelola Sarana dan Prasarana");
    private static final List<String> FUNGSIONAL_TITLES = List.of("Analis Kebijakan", "Pranata Komputer",
            "Arsiparis", "Pengelola Pengadaan Barang/Jasa", "Analis Sumber Daya Manusia Aparatur", "Penggerak Swadaya Masyarakat");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    DemoDataLoader(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Loads the people once into an empty database; {@code false} when it already had units. */
    @Transactional
    public boolean load(Instant now) {
        Long units = jdbc.sql("select count(*) from unit").query(Long.class).single();
        if (units > 0) {
            log.info("Demo data: database already has units, nothing loaded");
            return false;
        }
        Random random = new Random(SEED);
        Map<String, Long> unitIds = insertUnits();
        Map<String, List<Long>> staff = insertEmployees(random, unitIds);
        insertAccounts(unitIds, staff, now);
        log.info("Demo data loaded: {} units, {} employees, accounts admin/kepala/camat/pegawai",
                unitIds.size(), staff.values().stream().mapToInt(List::size).sum());
        return true;
    }

    private Map<String, Long> insertUnits() {
        Map<String, Long> ids = new HashMap<>();
        for (PlajuUnits.Seed seed : PlajuUnits.ALL) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, ?, ?, true)")
                    .params(seed.code(), seed.name(), seed.type(),
                            seed.parentCode() == null ? null : ids.get(seed.parentCode()))
                    .update(key);
            ids.put(seed.code(), key.getKey().longValue());
        }
        return ids;
    }

    private Map<String, List<Long>> insertEmployees(Random random, Map<String, Long> unitIds) {
        Map<String, List<Long>> staff = new HashMap<>();
        int serial = 1;
        for (PlajuUnits.Seed seed : PlajuUnits.ALL) {
            for (int i = 0; i < seed.staff(); i++) {
                boolean head = i == 0;
                Gender gender = random.nextInt(100) < 52 ? Gender.MALE : Gender.FEMALE;
                String name = (gender == Gender.MALE ? pick(random, MALE) : pick(random, FEMALE)) + " "
                        + pick(random, FAMILY);
                LocalDate birth = LocalDate.of(head ? 1968 + random.nextInt(14) : 1970 + random.nextInt(30),
                        1 + random.nextInt(12), 1 + random.nextInt(28));
                YearMonth appointment = YearMonth.from(birth.plusYears(21 + random.nextInt(8)))
                        .withMonth(random.nextBoolean() ? 1 : 3);
                if (appointment.isAfter(YearMonth.of(2024, 12))) {
                    appointment = YearMonth.of(2024, 3);
                }
                Nip nip = Nip.of(birth, appointment, gender, serial++);
                boolean pppk = !head && random.nextInt(100) < 12;
                String family;
                PositionLevel level;
                String title;
                Golongan golongan;
                if (head) {
                    family = "STRUKTURAL";
                    level = seed.type().equals("KECAMATAN") || seed.type().equals("SEKRETARIAT")
                            ? PositionLevel.ADMINISTRATOR : PositionLevel.PENGAWAS;
                    title = seed.headTitle();
                    golongan = level == PositionLevel.ADMINISTRATOR
                            ? pick(random, List.of(Golongan.IV_A, Golongan.IV_B))
                            : pick(random, List.of(Golongan.III_C, Golongan.III_D));
                } else if (random.nextInt(100) < 22) {
                    family = "FUNGSIONAL";
                    level = pick(random, List.of(PositionLevel.AHLI_PERTAMA, PositionLevel.AHLI_MUDA,
                            PositionLevel.TERAMPIL, PositionLevel.MAHIR));
                    title = pick(random, FUNGSIONAL_TITLES) + " " + level.label();
                    golongan = pppk ? null : pick(random, List.of(Golongan.III_A, Golongan.III_B, Golongan.III_C));
                } else {
                    family = "PELAKSANA";
                    level = null;
                    title = pick(random, PELAKSANA_TITLES);
                    golongan = pppk ? null : pick(random, List.of(Golongan.II_A, Golongan.II_B, Golongan.II_C,
                            Golongan.II_D, Golongan.III_A, Golongan.III_B));
                }
                GeneratedKeyHolder key = new GeneratedKeyHolder();
                jdbc.sql("""
                        insert into employee (nip, full_name, birth_date, gender, golongan, employment_type,
                            position_family, position_level, position_title, unit_id, active)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                        .params(nip.value(), name, nip.birthDate(), nip.gender().name(),
                                golongan == null ? null : golongan.name(), pppk ? "PPPK" : "PNS", family,
                                level == null ? null : level.name(), title, unitIds.get(seed.code()))
                        .update(key);
                staff.computeIfAbsent(seed.code(), c -> new ArrayList<>()).add(key.getKey().longValue());
            }
        }
        return staff;
    }

    private void insertAccounts(Map<String, Long> unitIds, Map<String, List<Long>> staff, Instant now) {
        long admin = insertAccount("admin", "Admin Kepegawaian", null, List.of(Roles.ADMIN), now);
        long kepala = insertAccount("kepala", null, staff.get(PlajuUnits.PLAJU_ULU).get(0),
                List.of(Roles.HEAD, Roles.EMPLOYEE), now);
        long camat = insertAccount("camat", null, staff.get(PlajuUnits.KECAMATAN).get(0),
                List.of(Roles.HEAD, Roles.EMPLOYEE), now);
        insertAccount("pegawai", null, staff.get(PlajuUnits.PLAJU_ULU).get(1), List.of(Roles.EMPLOYEE), now);
        jdbc.sql("insert into user_account_head_unit (user_account_id, unit_id) values (?, ?)")
                .params(kepala, unitIds.get(PlajuUnits.PLAJU_ULU)).update();
        jdbc.sql("insert into user_account_head_unit (user_account_id, unit_id) values (?, ?)")
                .params(camat, unitIds.get(PlajuUnits.KECAMATAN)).update();
        log.debug("Demo admin account id {}", admin);
    }

    private long insertAccount(String username, String displayName, Long employeeId, List<String> roles, Instant now) {
        String name = displayName != null ? displayName
                : jdbc.sql("select full_name from employee where id = ?").param(employeeId).query(String.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into user_account (username, password_hash, display_name, employee_id, enabled,
                    must_change_password, created_at)
                values (?, ?, ?, ?, true, false, ?)""")
                .params(username, passwordEncoder.encode(DEMO_PASSWORD), name, employeeId,
                        Timestamp.from(now))
                .update(key);
        long id = key.getKey().longValue();
        for (String role : roles) {
            jdbc.sql("insert into user_account_role (user_account_id, role) values (?, ?)").params(id, role).update();
        }
        return id;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
