package id.plaju.pelita.analytics;

import id.plaju.pelita.organization.UnitBreakdown;
import static org.assertj.core.api.Assertions.assertThat;

import static id.plaju.pelita.TestUsers.admin;
import static id.plaju.pelita.TestUsers.head;
import static id.plaju.pelita.TestUsers.signIn;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.survey.SurveyRoundService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plays the curious head (issue 10). For every closed round, every viewer (the admin, the demo heads,
 * heads of generated units) requests every filter the dashboard accepts — each unit of their scope
 * and the whole scope, each round, breakdowns by sub-unit and own staff, trained vs not trained —
 * and every figure that comes back with a value becomes an equation (mean × n = sum) over the
 * individual responses. {@link LinearAttacker} then solves the system: it must determine no group of
 * 1…k−1 responses — no single answer, no small unit, no sub-unit or own-staff group, no union of two
 * small groups, no parent minus a child, no one person's change between rounds. A control run feeds
 * the attacker what the dashboard showed before this gate (every group of at least k, open rounds
 * included) and checks that it does find people there, so the test has teeth.
 */
@PelitaSpringTest
@Transactional
class CuriousHeadTest {

    @Autowired
    Today today;

    private static final int K = 5;

    @Autowired
    DashboardService dashboard;

    @Autowired
    UnitScopeService scope;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    JdbcClient jdbc;

    private final Map<Long, Long> parentOf = new HashMap<>();
    private int nip;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoDataRevealsNoGroupOfFewerThanFiveToAnyViewer() {
        List<PelitaUser> viewers = new ArrayList<>(List.of(admin()));
        viewers.addAll(demoHeads());
        LinearAttacker attacker = attack(viewers);

        System.out.printf("[curious head] demo data: %d distinct figures, rank %d%n", attacker.equations(),
                attacker.rank());
        assertThat(attacker.equations()).as("figures published on the demo data").isGreaterThan(50);
        assertNoSmallGroupDetermined(attacker);
    }

    @Test
    void manySmallUnitsInADeepTreeRevealNoGroupOfFewerThanFive() {
        List<Long> units = generatedTree(new Random(42));
        List<PelitaUser> viewers = new ArrayList<>(List.of(admin()));
        Random random = new Random(7);
        for (int i = 0; i < 12; i++) {
            // heads of one unit, and heads of two unrelated units (their whole scope is a union)
            Set<Long> headed = new HashSet<>(List.of(units.get(random.nextInt(units.size()))));
            if (i % 2 == 1) {
                headed.add(units.get(random.nextInt(units.size())));
            }
            viewers.add(head("gen-head-" + i, headed));
        }
        LinearAttacker attacker = attack(viewers);

        System.out.printf("[curious head] generated tree: %d distinct figures, rank %d%n", attacker.equations(),
                attacker.rank());
        assertThat(attacker.equations()).as("figures published on the generated tree").isGreaterThan(20);
        assertNoSmallGroupDetermined(attacker);
    }

    @Test
    void withoutTheGateTheSameAttackFindsPeople() {
        generatedTree(new Random(42));
        LinearAttacker naive = new LinearAttacker();
        // what a per-breakdown threshold showed: every unit and own-staff group of at least k, every round
        for (long round : jdbc.sql("select id from survey_round where status <> 'DRAFT'").query(Long.class).list()) {
            for (long unit : parentOf.keySet()) {
                for (Collection<Long> group : List.of(responses(round, subtree(unit)), responses(round, Set.of(unit)))) {
                    if (group.size() >= K) {
                        naive.learnSum(group);
                    }
                }
            }
        }
        assertThat(smallGroupsDetermined(naive)).as("groups of 1–4 a naive threshold gives away").isNotEmpty();
    }

    // --- the attack -------------------------------------------------------------------------------

    private LinearAttacker attack(List<PelitaUser> viewers) {
        loadTree();
        LinearAttacker attacker = new LinearAttacker();
        List<Long> roundIds = jdbc.sql("select id from survey_round where status <> 'DRAFT' order by opens_on")
                .query(Long.class).list();
        int year = today.date().getYear();
        for (PelitaUser viewer : viewers) {
            signIn(viewer);
            List<Long> filters = new ArrayList<>();
            filters.add(null);
            filters.addAll(scope.visibleUnitIds());
            for (Long unit : filters) {
                UnitBreakdown breakdown = dashboard.breakdown(unit);
                Set<Long> covered = breakdown.tops().stream().flatMap(t -> subtree(t).stream())
                        .collect(java.util.stream.Collectors.toSet());
                for (Long round : roundIds) {
                    DashboardService.Dashboard data = dashboard.load(new DashboardService.Filter(year, unit, round, null));
                    for (GroupValue point : data.motivationTrend()) {
                        if (point.value() != null) {
                            attacker.learnSum(responses(Long.parseLong(point.key()), covered));
                        }
                    }
                    for (GroupValue row : data.heatmap().rows()) {
                        if (row.value() != null) {
                            long group = Long.parseLong(row.key());
                            boolean own = breakdown.unit() != null && group == breakdown.unit();
                            attacker.learnSum(responses(round, own ? ownStaff(group) : subtree(group)));
                        }
                    }
                    for (GroupValue change : data.trainedVersusNot()) {
                        if (change.value() != null) {
                            attacker.learn(changeOf(round, covered, change.key().equals("trained")));
                        }
                    }
                }
            }
        }
        return attacker;
    }

    private void assertNoSmallGroupDetermined(LinearAttacker attacker) {
        assertThat(attacker.smallestBasisSupport()).as("smallest determined combination of answers")
                .isGreaterThanOrEqualTo(K);
        assertThat(smallGroupsDetermined(attacker)).as("groups of 1–4 responses whose answers the figures give away")
                .isEmpty();
    }

    /** Every natural small group of every closed or open round that the attacker might isolate. */
    private List<String> smallGroupsDetermined(LinearAttacker attacker) {
        loadTree();
        List<String> found = new ArrayList<>();
        for (long round : jdbc.sql("select id from survey_round where status <> 'DRAFT'").query(Long.class).list()) {
            Map<String, Set<Long>> groups = new LinkedHashMap<>();
            for (long unit : parentOf.keySet()) {
                groups.put("subtree " + unit, new TreeSet<>(responses(round, subtree(unit))));
                groups.put("own " + unit, new TreeSet<>(responses(round, Set.of(unit))));
                for (long child : children(unit)) {
                    Set<Long> rest = new TreeSet<>(responses(round, subtree(unit)));
                    rest.removeAll(responses(round, subtree(child)));
                    groups.put("subtree " + unit + " minus " + child, rest);
                }
            }
            for (Long r : responses(round, parentOf.keySet())) {
                groups.put("response " + r, Set.of(r));
            }
            List<Map.Entry<String, Set<Long>>> small = groups.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty() && e.getValue().size() < K).toList();
            for (Map.Entry<String, Set<Long>> g : small) {
                if (attacker.determinesSum(g.getValue())) {
                    found.add("round " + round + ": " + g.getKey() + " (n = " + g.getValue().size() + ")");
                }
            }
            // unions of two small unit groups that are still small
            Map<Set<Long>, String> unitGroups = new LinkedHashMap<>();
            small.stream().filter(e -> !e.getKey().startsWith("response"))
                    .forEach(e -> unitGroups.putIfAbsent(e.getValue(), e.getKey()));
            List<Map.Entry<String, Set<Long>>> smallUnits = unitGroups.entrySet().stream()
                    .map(e -> Map.entry(e.getValue(), e.getKey())).toList();
            for (int i = 0; i < smallUnits.size(); i++) {
                for (int j = i + 1; j < smallUnits.size(); j++) {
                    Set<Long> union = new TreeSet<>(smallUnits.get(i).getValue());
                    union.addAll(smallUnits.get(j).getValue());
                    if (union.size() < K && attacker.determinesSum(union)) {
                        found.add("round " + round + ": " + smallUnits.get(i).getKey() + " with "
                                + smallUnits.get(j).getKey());
                    }
                }
            }
            // one person's change from the round before
            for (Map<Long, Integer> pair : pairs(round)) {
                if (attacker.determines(pair)) {
                    found.add("round " + round + ": the change of one person " + pair);
                }
            }
        }
        return found;
    }

    // --- the response sets behind each figure -------------------------------------------------------

    private List<Long> responses(long round, Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from survey_response where round_id = :round and unit_id in (:units)")
                .param("round", round).param("units", units).query(Long.class).list();
    }

    /** After minus before over the respondents paired in the same unit with the round the change was taken from. */
    private Map<Long, Integer> changeOf(long round, Set<Long> covered, boolean trained) {
        Long before = jdbc.sql("select max(before_round_id) from survey_cell where round_id = ? and kind = 'CHANGE'")
                .param(round).query(Long.class).optional().orElse(null);
        Map<Long, Integer> row = new HashMap<>();
        if (before == null) {
            return row;
        }
        jdbc.sql("""
                select b.id as after_id, a.id as before_id, b.unit_id from survey_response b
                join survey_response a on a.pseudonym = b.pseudonym and a.unit_id = b.unit_id and a.round_id = ?
                where b.round_id = ? and b.attended_training = ?""").params(before, round, trained).query((rs, i) -> {
                    if (covered.contains(rs.getLong("unit_id"))) {
                        row.put(rs.getLong("after_id"), 1);
                        row.put(rs.getLong("before_id"), -1);
                    }
                    return null;
                }).list();
        return row;
    }

    /** Each respondent of a round with an answer in the same unit in any earlier round: after minus before. */
    private List<Map<Long, Integer>> pairs(long round) {
        return jdbc.sql("""
                select b.id as after_id, a.id as before_id from survey_response b
                join survey_response a on a.pseudonym = b.pseudonym and a.unit_id = b.unit_id and a.round_id <> b.round_id
                join survey_round rb on rb.id = b.round_id join survey_round ra on ra.id = a.round_id
                where b.round_id = ? and ra.opens_on < rb.opens_on""").param(round)
                .query((rs, i) -> Map.of(rs.getLong("after_id"), 1, rs.getLong("before_id"), -1)).list();
    }

    private void loadTree() {
        parentOf.clear();
        jdbc.sql("select id, parent_id from unit").query((rs, i) -> parentOf.put(rs.getLong("id"),
                rs.getObject("parent_id", Long.class))).list();
    }

    private Set<Long> subtree(long unit) {
        Set<Long> members = new HashSet<>();
        for (Long u : parentOf.keySet()) {
            for (Long up = u; up != null; up = parentOf.get(up)) {
                if (up == unit) {
                    members.add(u);
                    break;
                }
            }
        }
        return members;
    }

    private Set<Long> ownStaff(long unit) {
        return Set.of(unit);
    }

    private List<Long> children(long unit) {
        Predicate<Long> isChild = u -> Long.valueOf(unit).equals(parentOf.get(u));
        return parentOf.keySet().stream().filter(isChild).toList();
    }

    // --- viewers -----------------------------------------------------------------------------------

    /** Every head account of the demo data (camat, kepala…), with the units they head. */
    private List<PelitaUser> demoHeads() {
        Map<String, Set<Long>> heads = new LinkedHashMap<>();
        jdbc.sql("select a.username, h.unit_id from user_account a join user_account_head_unit h on h.user_account_id = a.id")
                .query((rs, i) -> heads.computeIfAbsent(rs.getString("username"), n -> new HashSet<>())
                        .add(rs.getLong("unit_id"))).list();
        assertThat(heads).containsKeys("camat", "kepala");
        return heads.entrySet().stream().map(e -> head(e.getKey(), e.getValue())).toList();
    }

    // --- a generated tree of many small units --------------------------------------------------------

    /**
     * A tree of 30 units up to six levels deep, most with 1–4 staff and some with 6–12, three rounds
     * closed through the service (answers random, some staff trained, a few moving between units).
     * @return the unit ids
     */
    private List<Long> generatedTree(Random random) {
        signIn(admin());
        List<Long> units = new ArrayList<>();
        units.add(unit("CH-ROOT", null));
        Map<Long, Integer> depth = new HashMap<>(Map.of(units.getFirst(), 0));
        while (units.size() < 30) {
            long parent = units.get(random.nextInt(units.size()));
            if (depth.get(parent) < 5) {
                long unit = unit("CH-" + units.size(), parent);
                depth.put(unit, depth.get(parent) + 1);
                units.add(unit);
            }
        }
        Map<Long, Long> staffUnit = new LinkedHashMap<>();
        for (long unit : units) {
            int staff = random.nextInt(4) == 0 ? 6 + random.nextInt(7) : 1 + random.nextInt(4);
            for (int s = 0; s < staff; s++) {
                staffUnit.put(employee(unit), unit);
            }
        }
        long instrument = instrument();
        List<Long> subscales = jdbc.sql("select id from survey_subscale where instrument_id = ? order by position")
                .param(instrument).query(Long.class).list();
        for (int r = 0; r < 3; r++) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            LocalDate opens = LocalDate.of(2031, 1 + 4 * r, 1);
            jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, ?, ?, ?, 'OPEN')")
                    .params(instrument, "Curious " + r, opens, opens.plusDays(14)).update(key);
            long round = key.getKey().longValue();
            for (Map.Entry<Long, Long> e : staffUnit.entrySet()) {
                if (random.nextDouble() < 0.12) {
                    continue;
                }
                long unit = random.nextDouble() < 0.05 ? units.get(random.nextInt(units.size())) : e.getValue();
                respond(round, unit, "ch-" + e.getKey(), random.nextBoolean(), 40 + random.nextInt(50), subscales,
                        random);
            }
            rounds.close(round);
        }
        loadTree();
        return units;
    }

    private long unit(String code, Long parent) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, 'SEKSI', ?, true)")
                .params(code, "Unit " + code, parent).update(key);
        return key.getKey().longValue();
    }

    private long employee(long unit) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employee (nip, full_name, birth_date, gender, golongan, employment_type, position_family,
                    position_title, unit_id, active) values (?, ?, '1990-01-01', 'MALE', 'III_A', 'PNS', 'PELAKSANA',
                    'Pengelola Data', ?, true)""").params(String.format("199001012015012%03d", ++nip),
                "Curious " + nip, unit).update(key);
        return key.getKey().longValue();
    }

    /** An instrument of its own, so the generated rounds pair with each other only. */
    private long instrument() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_instrument (code, instrument_version, name_id, name_en, scale_min, scale_max, status)
                values ('CURIOUS', 1, 'Curious', 'Curious', 1, 5, 'PUBLISHED')""").update(key);
        long id = key.getKey().longValue();
        jdbc.sql("""
                insert into survey_subscale (instrument_id, code, name_id, name_en, in_index, position)
                values (?, 'A', 'Curious A', 'Curious A', true, 1), (?, 'B', 'Curious B', 'Curious B', true, 2)""")
                .params(id, id).update();
        return id;
    }

    private void respond(long round, long unit, String pseudonym, boolean trained, int index, List<Long> subscales,
            Random random) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_response (round_id, unit_id, grade_band, attended_training, pseudonym,
                    motivation_index) values (?, ?, 'III', ?, ?, ?)""")
                .params(round, unit, trained, pseudonym, index).update(key);
        long response = key.getKey().longValue();
        for (long subscale : subscales) {
            jdbc.sql("""
                    insert into survey_response_score (response_id, subscale_id, round_id, unit_id, score)
                    values (?, ?, ?, ?, ?)""").params(response, subscale, round, unit, 30 + random.nextInt(60)).update();
        }
    }
}
