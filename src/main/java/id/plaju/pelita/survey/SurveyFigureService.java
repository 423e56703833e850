package id.plaju.pelita.survey;

import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure gate: every motivation score that leaves the service layer comes from here. It
 * reads only the cells {@link RoundPublisher} stored when a round closed — so an open round shows no
 * score at all — returns a value only for a published cell (or a union of published cells, which
 * reveals nothing more), and rounds every value to a whole number.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class SurveyFigureService {

    /**
     * A published figure: {@code n} responses, the index and subscale means (subscale id → value),
     * rounded; a suppressed figure carries only its n; n = 0 means no responses.
     */
    public record Figure(long n, Integer index, Map<Long, Integer> subscales, boolean suppressed) {

        static final Figure EMPTY = new Figure(0, null, Map.of(), false);
    }

    /** One closed round in a trend: its figure over the asked units. */
    public record RoundFigure(long roundId, String title, LocalDate opensOn, Figure figure) {
    }

    /** A group of a breakdown: a unit with everything below it, or only its own staff. */
    public record Group(long unitId, boolean ownStaffOnly) {
    }

    /** The change of the index since the previous round for trained and not-trained staff (paired). */
    public record Change(long beforeRoundId, Figure trained, Figure notTrained) {
    }

    private final JdbcClient jdbc;
    private final UnitScopeService scope;

    SurveyFigureService(JdbcClient jdbc, UnitScopeService scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** A stored cell with its subscale totals (subscale id → {n, total}). */
    private record Stored(long id, long roundId, String kind, long unitId, String attr, long n, boolean published,
            BigDecimal indexTotal, Long before, Map<Long, long[]> subscaleCounts, Map<Long, BigDecimal> subscaleTotals) {
    }

    /** The cells of closed, decided rounds, each with its subscale totals, in one statement. */
    private static final String CELLS = """
            select r.id as round_id, r.title, r.opens_on, c.id, c.kind, c.unit_id, c.attr, c.n, c.published,
                   c.index_total, c.before_round_id, s.subscale_id, s.n as subscale_n, s.total as subscale_total
            from survey_round r
            left join survey_cell c on c.round_id = r.id and %s
            left join survey_cell_score s on s.cell_id = c.id
            where r.status = 'CLOSED' and r.published_at is not null and %s
            order by r.opens_on, r.id, c.id""";

    /** Per closed round (oldest first), the figure over the given disjoint units and all below them. */
    public List<RoundFigure> trend(Collection<Long> unitIds) {
        scope.requireVisible(unitIds);
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, RoundFigure> rounds = new LinkedHashMap<>();
        Map<Long, List<Stored>> parts = new LinkedHashMap<>();
        read("c.kind = 'SUBTREE' and c.unit_id in (:units)", "true", Map.of("units", unitIds), (round, title, opens) -> {
            rounds.putIfAbsent(round, new RoundFigure(round, title, opens, Figure.EMPTY));
            return parts.computeIfAbsent(round, r -> new ArrayList<>());
        });
        List<RoundFigure> trend = new ArrayList<>();
        rounds.forEach((round, r) -> trend.add(new RoundFigure(round, r.title(), r.opensOn(), union(parts.get(round)))));
        return trend;
    }

    /** The figures of one closed round for the groups of a breakdown; empty while the round is not closed. */
    public Map<Group, Figure> groups(long roundId, List<Group> groups) {
        scope.requireVisible(groups.stream().map(Group::unitId).toList());
        Map<Group, Figure> result = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return result;
        }
        List<Long> units = groups.stream().map(Group::unitId).distinct().toList();
        List<Stored> cells = new ArrayList<>();
        boolean[] published = new boolean[1];
        read("c.kind in ('SUBTREE', 'OWN') and c.unit_id in (:units)", "r.id = :round",
                Map.of("round", roundId, "units", units), (round, title, opens) -> {
                    published[0] = true;
                    return cells;
                });
        if (!published[0]) {
            return result;
        }
        for (Group g : groups) {
            // a unit without sub-units has no separate own-staff cell: its subtree is its own staff
            Optional<Stored> own = cells.stream().filter(c -> c.unitId() == g.unitId() && c.kind().equals("OWN")).findFirst();
            Optional<Stored> subtree = cells.stream().filter(c -> c.unitId() == g.unitId() && c.kind().equals("SUBTREE"))
                    .findFirst();
            Optional<Stored> cell = g.ownStaffOnly() && own.isPresent() ? own : subtree;
            result.put(g, cell.map(c -> union(List.of(c))).orElse(Figure.EMPTY));
        }
        return result;
    }

    /**
     * The trained / not-trained change of a closed round over the given top units; empty when the round
     * is not closed or a unit is not a top unit (the comparison is published for whole trees only).
     */
    public Optional<Change> change(long roundId, Collection<Long> unitIds) {
        scope.requireVisible(unitIds);
        if (unitIds.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> cells = new ArrayList<>();
        read("c.kind = 'CHANGE' and c.unit_id in (:units)", "r.id = :round", Map.of("round", roundId, "units", unitIds),
                (round, title, opens) -> cells);
        if (cells.stream().map(Stored::unitId).distinct().count() < unitIds.stream().distinct().count()) {
            return Optional.empty();
        }
        return Optional.of(new Change(cells.getFirst().before(),
                union(cells.stream().filter(c -> c.attr().equals(RoundPublisher.TRAINED)).toList()),
                union(cells.stream().filter(c -> c.attr().equals(RoundPublisher.NOT_TRAINED)).toList())));
    }

    /** Where the cells of one round go; called once per row of that round. */
    private interface Sink {
        List<Stored> cellsOf(long roundId, String title, LocalDate opensOn);
    }

    private void read(String cellCondition, String roundCondition, Map<String, ?> params, Sink sink) {
        Map<Long, Stored> byId = new HashMap<>();
        jdbc.sql(CELLS.formatted(cellCondition, roundCondition)).params(params).query((rs, i) -> {
            List<Stored> cells = sink.cellsOf(rs.getLong("round_id"), rs.getString("title"),
                    rs.getObject("opens_on", LocalDate.class));
            long id = rs.getLong("id");
            if (rs.wasNull()) {
                return null;
            }
            Stored cell = byId.get(id);
            if (cell == null) {
                cell = new Stored(id, rs.getLong("round_id"), rs.getString("kind"), rs.getLong("unit_id"),
                        rs.getString("attr"), rs.getLong("n"), rs.getBoolean("published"), rs.getBigDecimal("index_total"),
                        rs.getObject("before_round_id", Long.class), new LinkedHashMap<>(), new LinkedHashMap<>());
                byId.put(id, cell);
                cells.add(cell);
            }
            long subscale = rs.getLong("subscale_id");
            if (!rs.wasNull()) {
                cell.subscaleCounts().put(subscale, new long[] {rs.getLong("subscale_n")});
                cell.subscaleTotals().put(subscale, rs.getBigDecimal("subscale_total"));
            }
            return null;
        }).list();
    }

    /**
     * The figure of disjoint stored cells taken together: suppressed if any of them with responses is
     * not published (a union of published cells is itself derivable, so it reveals nothing new).
     */
    private static Figure union(List<Stored> parts) {
        if (parts == null) {
            return Figure.EMPTY;
        }
        long n = parts.stream().mapToLong(Stored::n).sum();
        if (n == 0) {
            return Figure.EMPTY;
        }
        if (parts.stream().anyMatch(p -> p.n() > 0 && !p.published())) {
            return new Figure(n, null, Map.of(), true);
        }
        BigDecimal index = BigDecimal.ZERO;
        Map<Long, BigDecimal> subscaleTotals = new LinkedHashMap<>();
        Map<Long, Long> subscaleCounts = new HashMap<>();
        for (Stored p : parts) {
            if (p.n() == 0) {
                continue;
            }
            index = index.add(p.indexTotal());
            p.subscaleTotals().forEach((s, t) -> subscaleTotals.merge(s, t, BigDecimal::add));
            p.subscaleCounts().forEach((s, c) -> subscaleCounts.merge(s, c[0], Long::sum));
        }
        Map<Long, Integer> subscales = new LinkedHashMap<>();
        subscaleTotals.forEach((s, t) -> subscales.put(s, whole(t, subscaleCounts.get(s))));
        return new Figure(n, whole(index, n), subscales, false);
    }

    /** The published value: a mean rounded to a whole number (half away from zero). */
    static int whole(BigDecimal total, long n) {
        return total.divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
