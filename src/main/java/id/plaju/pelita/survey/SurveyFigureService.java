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

    private record Stored(long id, long roundId, String kind, long unitId, String attr, long n, boolean published,
            BigDecimal indexTotal, Long before) {
    }

    /** Per closed round (oldest first), the figure over the given disjoint units and all below them. */
    public List<RoundFigure> trend(Collection<Long> unitIds) {
        unitIds.forEach(scope::requireVisible);
        List<RoundFigure> trend = new ArrayList<>();
        if (unitIds.isEmpty()) {
            return trend;
        }
        Map<Long, List<Stored>> byRound = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, LocalDate> opens = new HashMap<>();
        jdbc.sql("select id, title, opens_on from survey_round where status = 'CLOSED' and published_at is not null"
                + " order by opens_on, id").query((rs, i) -> {
                    byRound.put(rs.getLong("id"), new ArrayList<>());
                    titles.put(rs.getLong("id"), rs.getString("title"));
                    opens.put(rs.getLong("id"), rs.getObject("opens_on", LocalDate.class));
                    return null;
                }).list();
        if (byRound.isEmpty()) {
            return trend;
        }
        List<Stored> cells = cells("c.kind = 'SUBTREE' and c.unit_id in (:units) and c.round_id in (:rounds)",
                Map.of("units", unitIds, "rounds", byRound.keySet()));
        cells.forEach(c -> byRound.get(c.roundId()).add(c));
        Map<Long, Map<Long, long[]>> counts = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> totals = new HashMap<>();
        scores(cells, counts, totals);
        byRound.forEach((round, parts) -> trend.add(new RoundFigure(round, titles.get(round), opens.get(round),
                union(parts, counts, totals))));
        return trend;
    }

    /** The figures of one closed round for the groups of a breakdown; empty while the round is not closed. */
    public Map<Group, Figure> groups(long roundId, List<Group> groups) {
        groups.forEach(g -> scope.requireVisible(g.unitId()));
        Map<Group, Figure> result = new LinkedHashMap<>();
        if (!isPublished(roundId) || groups.isEmpty()) {
            return result;
        }
        List<Long> units = groups.stream().map(Group::unitId).distinct().toList();
        List<Stored> cells = cells("c.round_id = :round and c.kind in ('SUBTREE', 'OWN') and c.unit_id in (:units)",
                Map.of("round", roundId, "units", units));
        Map<Long, Map<Long, long[]>> counts = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> totals = new HashMap<>();
        scores(cells, counts, totals);
        for (Group g : groups) {
            // a unit without sub-units has no separate own-staff cell: its subtree is its own staff
            Optional<Stored> own = cells.stream().filter(c -> c.unitId() == g.unitId() && c.kind().equals("OWN")).findFirst();
            Optional<Stored> subtree = cells.stream().filter(c -> c.unitId() == g.unitId() && c.kind().equals("SUBTREE"))
                    .findFirst();
            Optional<Stored> cell = g.ownStaffOnly() && own.isPresent() ? own : subtree;
            result.put(g, cell.map(c -> union(List.of(c), counts, totals)).orElse(Figure.EMPTY));
        }
        return result;
    }

    /**
     * The trained / not-trained change of a closed round over the given top units; empty when the round
     * is not closed or a unit is not a top unit (the comparison is published for whole trees only).
     */
    public Optional<Change> change(long roundId, Collection<Long> unitIds) {
        unitIds.forEach(scope::requireVisible);
        if (!isPublished(roundId) || unitIds.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> cells = cells("c.round_id = :round and c.kind = 'CHANGE' and c.unit_id in (:units)",
                Map.of("round", roundId, "units", unitIds));
        if (cells.stream().map(Stored::unitId).distinct().count() < unitIds.stream().distinct().count()) {
            return Optional.empty();
        }
        Map<Long, Map<Long, long[]>> none = Map.of();
        Figure trained = union(cells.stream().filter(c -> c.attr().equals(RoundPublisher.TRAINED)).toList(), none, Map.of());
        Figure notTrained = union(cells.stream().filter(c -> c.attr().equals(RoundPublisher.NOT_TRAINED)).toList(), none,
                Map.of());
        return Optional.of(new Change(cells.getFirst().before(), trained, notTrained));
    }

    /** Whether a round is closed and its figures decided. */
    public boolean isPublished(long roundId) {
        return jdbc.sql("select count(*) from survey_round where id = ? and status = 'CLOSED' and published_at is not null")
                .param(roundId).query(Long.class).single() > 0;
    }

    private List<Stored> cells(String where, Map<String, ?> params) {
        return jdbc.sql("select c.id, c.round_id, c.kind, c.unit_id, c.attr, c.n, c.published, c.index_total,"
                + " c.before_round_id from survey_cell c where " + where).params(params)
                .query((rs, i) -> new Stored(rs.getLong("id"), rs.getLong("round_id"), rs.getString("kind"),
                        rs.getLong("unit_id"), rs.getString("attr"), rs.getLong("n"), rs.getBoolean("published"),
                        rs.getBigDecimal("index_total"), rs.getObject("before_round_id", Long.class))).list();
    }

    private void scores(List<Stored> cells, Map<Long, Map<Long, long[]>> counts, Map<Long, Map<Long, BigDecimal>> totals) {
        List<Long> published = cells.stream().filter(c -> c.published() && c.n() > 0).map(Stored::id).toList();
        if (published.isEmpty()) {
            return;
        }
        jdbc.sql("select cell_id, subscale_id, n, total from survey_cell_score where cell_id in (:cells)")
                .param("cells", published).query((rs, i) -> {
                    counts.computeIfAbsent(rs.getLong("cell_id"), c -> new HashMap<>())
                            .put(rs.getLong("subscale_id"), new long[] {rs.getLong("n")});
                    totals.computeIfAbsent(rs.getLong("cell_id"), c -> new HashMap<>())
                            .put(rs.getLong("subscale_id"), rs.getBigDecimal("total"));
                    return null;
                }).list();
    }

    /**
     * The figure of disjoint stored cells taken together: suppressed if any of them with responses is
     * not published (a union of published cells is itself derivable, so it reveals nothing new).
     */
    private static Figure union(List<Stored> parts, Map<Long, Map<Long, long[]>> counts,
            Map<Long, Map<Long, BigDecimal>> totals) {
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
            totals.getOrDefault(p.id(), Map.of()).forEach((s, t) -> subscaleTotals.merge(s, t, BigDecimal::add));
            counts.getOrDefault(p.id(), Map.of()).forEach((s, c) -> subscaleCounts.merge(s, c[0], Long::sum));
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
