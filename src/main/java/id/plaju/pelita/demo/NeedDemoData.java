package id.plaju.pelita.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training needs for the demo, counted from today: this year's window open (it always includes
 * today), last year's closed. Last year's needs were planned as programmes that have since been held
 * (terlaksana); this year a waste-management need from two kelurahan is planned as a new programme,
 * others are endorsed and wait for a programme, and pegawai has a proposal of their own waiting for
 * kepala.
 */
@Component
@Conditional(DemoDataCondition.class)
class NeedDemoData {

    /** The programme planned this year from the kelurahan's waste-management needs (no session yet). */
    static final String PLANNED_PROGRAMME = "Pengelolaan Sampah Berbasis Masyarakat";

    private static final Logger log = LoggerFactory.getLogger(NeedDemoData.class);

    /** A need: unit, n-th non-head employee of it, topic, competency, priority, problem, status, programme (title). */
    private record Need(String unit, int person, String topic, String competency, String priority, String problem,
            String status, String programme) {
    }

    private static final List<Need> LAST_YEAR = List.of(
            new Need("KEC-PELUM", 1, "Pelayanan Prima Administrasi Kependudukan", "TEKNIS", "TINGGI",
                    "Antrean layanan KTP dan KK panjang; warga mengeluhkan informasi persyaratan yang berbeda-beda.",
                    "PLANNED", "Pelayanan Prima Administrasi Kependudukan"),
            new Need("KEL-KOMPERTA", 2, "Pelayanan prima administrasi kependudukan", "TEKNIS", "SEDANG",
                    "Petugas baru belum menguasai alur layanan surat pengantar.", "PLANNED",
                    "Pelayanan Prima Administrasi Kependudukan"),
            new Need("KEC-RENKEU", 1, "Pengelolaan Keuangan dan Aset Kelurahan", "TEKNIS", "TINGGI",
                    "Temuan pemeriksaan atas pencatatan aset kelurahan yang tidak lengkap.", "PLANNED",
                    "Pengelolaan Keuangan dan Aset Kelurahan"),
            new Need("KEL-TALANG-BUBUK", 1, "Komunikasi Publik dan Penanganan Pengaduan", "SOSIAL_KULTURAL", "SEDANG",
                    "Pengaduan warga melalui media sosial tidak tertangani dan menumpuk.", "PLANNED",
                    "Komunikasi Publik dan Penanganan Pengaduan"));

    private static final List<Need> THIS_YEAR = List.of(
            new Need(PlajuUnits.PLAJU_ULU, 2, PLANNED_PROGRAMME, "TEKNIS", "TINGGI",
                    "Tumpukan sampah di bantaran Sungai Musi dan TPS liar di RT 05 dan RT 11 belum tertangani.",
                    "PLANNED", PLANNED_PROGRAMME),
            new Need("KEL-TALANG-PUTRI", 1, "Pengelolaan sampah berbasis masyarakat", "TEKNIS", "TINGGI",
                    "Bank sampah kelurahan berhenti beroperasi; warga membakar sampah di pekarangan.", "PLANNED",
                    PLANNED_PROGRAMME),
            new Need("KEL-BAGUS-KUNING", 1, "Penanganan Banjir dan Drainase Lingkungan", "TEKNIS", "TINGGI",
                    "Genangan setiap hujan deras di sekitar pasar; saluran tersumbat dan tidak ada jadwal kerja bakti.",
                    "ENDORSED", null),
            new Need("KEL-PLAJU-DARAT", 1, "Penanganan banjir dan drainase lingkungan", "TEKNIS", "SEDANG",
                    "Warga melapor genangan di gang-gang padat; staf belum tahu cara memetakan titik rawan.",
                    "ENDORSED", null),
            new Need("KEC-TRANTIB", 1, "Mediasi Konflik Sosial Warga", "SOSIAL_KULTURAL", "SEDANG",
                    "Sengketa batas lahan dan parkir antarwarga sering berakhir dengan laporan ke kecamatan.",
                    "ENDORSED", null),
            new Need("KEC-UMPEG", 1, "Pengelolaan Arsip Digital", "TEKNIS", "RENDAH",
                    "Arsip surat masuk masih dicari manual di lemari; sering hilang saat dibutuhkan.", "PROPOSED", null),
            new Need("KEL-PLAJU-ILIR", 2, "Pelayanan Ramah Disabilitas", "SOSIAL_KULTURAL", "SEDANG",
                    "Kantor kelurahan belum punya jalur kursi roda; petugas belum terlatih melayani warga tuli.",
                    "PROPOSED", null),
            new Need(PlajuUnits.PLAJU_ULU, 0, "Aplikasi SIAK Terpusat untuk Layanan Kependudukan", "TEKNIS", "SEDANG",
                    "Sering salah input data KK karena belum terbiasa dengan aplikasi SIAK terbaru.", "PROPOSED", null));

    private final JdbcClient jdbc;

    NeedDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void load(DemoCalendar calendar) {
        if (jdbc.sql("select count(*) from need_window").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = calendar.today();
        int year = today.getYear();
        LocalDate opens = today.minusDays(45).getYear() == year ? today.minusDays(45) : LocalDate.of(year, 1, 1);
        LocalDate closes = today.plusDays(30).getYear() == year ? today.plusDays(30) : LocalDate.of(year, 12, 31);
        window(year - 1, LocalDate.of(year - 1, 1, 15), LocalDate.of(year - 1, 3, 15));
        window(year, opens, closes);

        Map<String, Long> programmes = new HashMap<>();
        jdbc.sql("select title, min(id) as id from training_programme group by title").query()
                .listOfRows().forEach(r -> programmes.put((String) r.get("title"), ((Number) r.get("id")).longValue()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_programme (title, description, delivery, mode, competency, topic, organizer, active)
                values (?, ?, 'WORKSHOP', 'KLASIKAL', 'TEKNIS', 'Lingkungan hidup', 'Kecamatan Plaju dan DLHK Kota Palembang', true)""")
                .params(PLANNED_PROGRAMME, "Disusun dari usulan kebutuhan Kelurahan Plaju Ulu dan Talang Putri: TPS liar, "
                        + "bank sampah, dan pemilahan sampah rumah tangga.")
                .update(key);
        programmes.put(PLANNED_PROGRAMME, key.getKey().longValue());

        int count = insert(LAST_YEAR, year - 1, LocalDate.of(year - 1, 2, 1), programmes)
                + insert(THIS_YEAR, year, opens.plusDays(3).isAfter(today) ? opens : opens.plusDays(3), programmes);
        log.info("Demo needs: windows {} and {}, {} needs", year - 1, year, count);
    }

    private void window(int year, LocalDate opens, LocalDate closes) {
        jdbc.sql("insert into need_window (year, opens_on, closes_on, updated_by, updated_at) values (?, ?, ?, 'admin', ?)")
                .params(year, opens, closes, Timestamp.valueOf(opens.atTime(8, 0))).update();
    }

    private int insert(List<Need> needs, int year, LocalDate proposed, Map<String, Long> programmes) {
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            long employee = need.person() == 0 && need.unit().equals(PlajuUnits.PLAJU_ULU)
                    ? jdbc.sql("select employee_id from user_account where username = 'pegawai'").query(Long.class).single()
                    : jdbc.sql("""
                            select e.id from employee e join unit u on u.id = e.unit_id
                            where u.code = ? and e.position_family <> 'STRUKTURAL' order by e.id limit 1 offset ?""")
                            .params(need.unit(), need.person()).query(Long.class).single();
            boolean endorsed = !need.status().equals("PROPOSED");
            Timestamp at = Timestamp.valueOf(proposed.plusDays(i).atTime(9, 0));
            jdbc.sql("""
                    insert into training_need (year, employee_id, unit_id, competency, topic, problem, priority, status,
                        endorsed_by, endorsed_at, programme_id, proposed_at)
                    select ?, e.id, e.unit_id, ?, ?, ?, ?, ?, ?, ?, ?, ? from employee e where e.id = ?""")
                    .params(year, need.competency(), need.topic(), need.problem(), need.priority(), need.status(),
                            endorsed ? "kepala" : null, endorsed ? at : null,
                            need.programme() == null ? null : programmes.get(need.programme()), at, employee)
                    .update();
        }
        return needs.size();
    }
}
