package id.plaju.pelita.survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, once per closed round, which of its groups may be published ({@link DisclosurePlanner})
 * and stores them with their totals in {@code survey_cell}. The dashboards read only these cells.
 * Runs when a round closes, in the same transaction; callers check the role.
 */
@Component
class RoundPublisher {

    private static final Logger log = LoggerFactory.getLogger(RoundPublisher.class);

    static final String TRAINED = "TRAINED";
    static final String NOT_TRAINED = "NOT_TRAINED";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AnonymityProperties anonymity;
    private final Clock clock;

    RoundPublisher(JdbcClient jdbc, JdbcTemplate template, AnonymityProperties anonymity, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.anonymity = anonymity;
        this.clock = clock;
    }

    private record Response(long id, long unitId, String pseudonym, boolean trained, BigDecimal index) {
    }

    @Transactional
    public void publish(long roundId) {
        int k = anonymity.minGroupSize();
        jdbc.sql("delete from survey_cell where round_id = ?").param(roundId).update();
        Map<Long, Long> parentOf = new HashMap<>();
        jdbc.sql("select id, parent_id from unit").query((rs, i) -> parentOf.put(rs.getLong("id"),
                rs.getObject("parent_id", Long.class))).list();
        List<Response> responses = responses(roundId);
        Map<Long, Long> perUnit = new HashMap<>();
        Map<Long, BigDecimal> indexPerUnit = new HashMap<>();
        for (Response r : responses) {
            perUnit.merge(r.unitId(), 1L, Long::sum);
            indexPerUnit.merge(r.unitId(), r.index(), BigDecimal::add);
        }
        Map<Long, Map<Long, long[]>> countPerUnitSubscale = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> totalPerUnitSubscale = new HashMap<>();
        jdbc.sql("""
                select unit_id, subscale_id, count(*) as n, sum(score) as total from survey_response_score
                where round_id = ? group by unit_id, subscale_id""").param(roundId).query((rs, i) -> {
                    countPerUnitSubscale.computeIfAbsent(rs.getLong("unit_id"), u -> new HashMap<>())
                            .put(rs.getLong("subscale_id"), new long[] {rs.getLong("n")});
                    totalPerUnitSubscale.computeIfAbsent(rs.getLong("unit_id"), u -> new HashMap<>())
                            .put(rs.getLong("subscale_id"), rs.getBigDecimal("total"));
                    return null;
                }).list();

        DisclosurePlanner.UnitPlan plan = DisclosurePlanner.planUnits(parentOf, perUnit, k);
        List<Object[]> scoreRows = new ArrayList<>();
        for (Map.Entry<DisclosurePlanner.Cell, Long> entry : plan.n().entrySet()) {
            DisclosurePlanner.Cell cell = entry.getKey();
            boolean published = plan.published().contains(cell);
            Set<Long> members = cell.kind() == DisclosurePlanner.Kind.OWN ? Set.of(cell.unitId())
                    : subtree(cell.unitId(), plan);
            BigDecimal index = null;
            Map<Long, BigDecimal> subscaleTotals = new HashMap<>();
            Map<Long, Long> subscaleCounts = new HashMap<>();
            if (published && entry.getValue() > 0) {
                index = BigDecimal.ZERO;
                for (Long unit : members) {
                    index = index.add(indexPerUnit.getOrDefault(unit, BigDecimal.ZERO));
                    totalPerUnitSubscale.getOrDefault(unit, Map.of()).forEach((s, t) -> subscaleTotals.merge(s, t, BigDecimal::add));
                    countPerUnitSubscale.getOrDefault(unit, Map.of()).forEach((s, c) -> subscaleCounts.merge(s, c[0], Long::sum));
                }
            }
            long id = insertCell(roundId, cell.kind().name(), cell.unitId(), "", plan.parentOf().get(cell.unitId()),
                    entry.getValue(), published, index, null);
            for (Map.Entry<Long, BigDecimal> s : subscaleTotals.entrySet()) {
                scoreRows.add(new Object[] {id, s.getKey(), subscaleCounts.get(s.getKey()), s.getValue()});
            }
        }
        template.batchUpdate("insert into survey_cell_score (cell_id, subscale_id, n, total) values (?, ?, ?, ?)",
                scoreRows);
        previousRound(roundId).ifPresent(before -> publishChange(roundId, before, responses, plan, k));
        jdbc.sql("update survey_round set published_at = ? where id = ?")
                .params(Timestamp.from(Instant.now(clock)), roundId).update();
        log.info("Survey round {}: {} of {} groups published", roundId, plan.published().size(), plan.n().size());
    }

    /**
     * The trained / not-trained change at each top unit, against the previous closed round: published
     * only when neither this round's nor the earlier round's figures, with every split already on them,
     * then reveal fewer than k people.
     */
    private void publishChange(long roundId, long before, List<Response> after, DisclosurePlanner.UnitPlan plan, int k) {
        List<Response> earlier = responses(before);
        Map<String, Response> earlierByPseudonym = new HashMap<>();
        earlier.forEach(r -> earlierByPseudonym.put(r.pseudonym(), r));
        Map<Long, Integer> afterLabel = new HashMap<>();
        Map<Long, Integer> beforeLabel = new HashMap<>();
        Map<String, BigDecimal> deltaTotal = new HashMap<>();
        Map<String, Long> pairs = new HashMap<>();
        for (Response b : after) {
            Response a = earlierByPseudonym.get(b.pseudonym());
            if (a == null || a.unitId() != b.unitId()) {
                continue;
            }
            int label = b.trained() ? DisclosurePlanner.FIRST : DisclosurePlanner.SECOND;
            afterLabel.put(b.id(), label);
            beforeLabel.put(a.id(), label);
            String key = plan.rootOf(b.unitId()) + "/" + label;
            deltaTotal.merge(key, b.index().subtract(a.index()), BigDecimal::add);
            pairs.merge(key, 1L, Long::sum);
        }
        Set<Long> roots = new HashSet<>();
        plan.parentOf().forEach((unit, parent) -> {
            if (parent == null) {
                roots.add(unit);
            }
        });
        // this round: its unit groups and the new split
        boolean safe = treesSafe(after, plan, List.of(afterLabel), k);
        // the earlier round: its stored groups, its own split (if published) and every split that rounds
        // after it have already put on it, plus this one
        if (safe) {
            DisclosurePlanner.UnitPlan earlierPlan = storedPlan(before);
            List<Map<Long, Integer>> splits = new ArrayList<>(splitsOn(before, earlier));
            splits.add(beforeLabel);
            safe = earlierPlan != null && treesSafe(earlier, earlierPlan, splits, k);
        }
        for (Long root : roots) {
            for (int label : new int[] {DisclosurePlanner.FIRST, DisclosurePlanner.SECOND}) {
                String key = root + "/" + label;
                long n = pairs.getOrDefault(key, 0L);
                boolean published = n == 0 || safe;
                insertCell(roundId, "CHANGE", root, label == DisclosurePlanner.FIRST ? TRAINED : NOT_TRAINED, null, n,
                        published, published && n > 0 ? deltaTotal.get(key) : null, before);
            }
        }
    }

    /** Checks each top unit's tree of a round against the given splits (each: response id → label). */
    private static boolean treesSafe(List<Response> responses, DisclosurePlanner.UnitPlan plan,
            List<Map<Long, Integer>> splits, int k) {
        Map<Long, List<Response>> byRoot = new HashMap<>();
        responses.forEach(r -> byRoot.computeIfAbsent(plan.rootOf(r.unitId()), x -> new ArrayList<>()).add(r));
        for (List<Response> tree : byRoot.values()) {
            Map<DisclosurePlanner.Cell, Integer> regionIds = new HashMap<>();
            int[] region = new int[tree.size()];
            List<int[]> labels = new ArrayList<>();
            for (int s = 0; s < splits.size(); s++) {
                labels.add(new int[tree.size()]);
            }
            for (int i = 0; i < tree.size(); i++) {
                DisclosurePlanner.Cell cell = plan.regionOf(tree.get(i).unitId());
                region[i] = cell == null ? -1 : regionIds.computeIfAbsent(cell, c -> regionIds.size());
                for (int s = 0; s < splits.size(); s++) {
                    labels.get(s)[i] = splits.get(s).getOrDefault(tree.get(i).id(), DisclosurePlanner.NONE);
                }
            }
            List<int[]> used = labels.stream().filter(l -> Arrays.stream(l).anyMatch(x -> x != 0)).toList();
            if (!DisclosurePlanner.splitsSafe(region, used, k)) {
                return false;
            }
        }
        return true;
    }

    /** The splits already published on a round: its own (against its previous round) and those of later rounds. */
    private List<Map<Long, Integer>> splitsOn(long roundId, List<Response> responses) {
        List<Map<Long, Integer>> splits = new ArrayList<>();
        Map<String, Response> byPseudonym = new HashMap<>();
        responses.forEach(r -> byPseudonym.put(r.pseudonym(), r));
        // its own split, paired with the round before it
        jdbc.sql("""
                select distinct before_round_id from survey_cell
                where round_id = ? and kind = 'CHANGE' and published and n > 0""").param(roundId).query(Long.class).list()
                .forEach(z -> {
                    Map<String, Response> zs = new HashMap<>();
                    responses(z).forEach(r -> zs.put(r.pseudonym(), r));
                    Map<Long, Integer> split = new HashMap<>();
                    for (Response r : responses) {
                        Response earlier = zs.get(r.pseudonym());
                        if (earlier != null && earlier.unitId() == r.unitId()) {
                            split.put(r.id(), r.trained() ? DisclosurePlanner.FIRST : DisclosurePlanner.SECOND);
                        }
                    }
                    splits.add(split);
                });
        // later rounds that compared themselves with it
        jdbc.sql("""
                select distinct round_id from survey_cell
                where before_round_id = ? and kind = 'CHANGE' and published and n > 0""").param(roundId).query(Long.class)
                .list().forEach(later -> {
                    Map<Long, Integer> split = new HashMap<>();
                    for (Response b : responses(later)) {
                        Response r = byPseudonym.get(b.pseudonym());
                        if (r != null && r.unitId() == b.unitId()) {
                            split.put(r.id(), b.trained() ? DisclosurePlanner.FIRST : DisclosurePlanner.SECOND);
                        }
                    }
                    splits.add(split);
                });
        return splits;
    }

    /** The unit groups a round published, rebuilt from its stored cells (the tree as it stood at its close). */
    private DisclosurePlanner.UnitPlan storedPlan(long roundId) {
        Map<DisclosurePlanner.Cell, Long> n = new HashMap<>();
        Set<DisclosurePlanner.Cell> published = new HashSet<>();
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> withChildren = new HashSet<>();
        jdbc.sql("select kind, unit_id, parent_unit_id, n, published from survey_cell where round_id = ? and kind <> 'CHANGE'")
                .param(roundId).query((rs, i) -> {
                    DisclosurePlanner.Cell cell = new DisclosurePlanner.Cell(DisclosurePlanner.Kind.valueOf(rs.getString("kind")),
                            rs.getLong("unit_id"));
                    n.put(cell, rs.getLong("n"));
                    if (rs.getBoolean("published")) {
                        published.add(cell);
                    }
                    if (cell.kind() == DisclosurePlanner.Kind.SUBTREE) {
                        parentOf.put(cell.unitId(), rs.getObject("parent_unit_id", Long.class));
                    } else {
                        withChildren.add(cell.unitId());
                    }
                    return null;
                }).list();
        return n.isEmpty() ? null : new DisclosurePlanner.UnitPlan(n, published, parentOf, withChildren);
    }

    /** The closed, published round of the same instrument that opened last before this one. */
    private Optional<Long> previousRound(long roundId) {
        return jdbc.sql("""
                select p.id from survey_round p join survey_round r on r.id = :round
                where p.instrument_id = r.instrument_id and p.opens_on < r.opens_on and p.status = 'CLOSED'
                  and p.published_at is not null
                order by p.opens_on desc, p.id desc limit 1""").param("round", roundId).query(Long.class).optional();
    }

    private List<Response> responses(long roundId) {
        return jdbc.sql("""
                select id, unit_id, pseudonym, attended_training, motivation_index from survey_response where round_id = ?""")
                .param(roundId).query((rs, i) -> new Response(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("pseudonym"), rs.getBoolean("attended_training"), rs.getBigDecimal("motivation_index")))
                .list();
    }

    private static Set<Long> subtree(long unit, DisclosurePlanner.UnitPlan plan) {
        Set<Long> members = new HashSet<>();
        plan.parentOf().keySet().forEach(u -> {
            Set<Long> seen = new HashSet<>();
            for (Long up = u; up != null && seen.add(up); up = plan.parentOf().get(up)) {
                if (up == unit) {
                    members.add(u);
                    break;
                }
            }
        });
        return members;
    }

    private long insertCell(long roundId, String kind, long unitId, String attr, Long parent, long n, boolean published,
            BigDecimal index, Long before) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_cell (round_id, kind, unit_id, attr, parent_unit_id, n, published, index_total,
                    before_round_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, kind, unitId, attr, parent, n, published, index, before).update(key);
        return key.getKey().longValue();
    }
}
