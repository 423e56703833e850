package id.plaju.pelita.survey;

import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The closed, decided rounds, each with the id of its last stored cell: cells are deleted and
     * inserted anew whenever a round is decided again, so that id changes with every decision and
     * tells whether the cells held in memory are still the stored ones.
     */
    private static final String ROUNDS = """
            select r.id, r.title, r.opens_on, r.published_at,
                   (select max(c.id) from survey_cell c where c.round_id = r.id) as last_cell
            from survey_round r
            where r.status = 'CLOSED' and r.published_at is not null and %s
            order by r.opens_on, r.id""";

    /** The cells of one round with their subscale totals, in one statement. */
    private static final String CELLS = """
            select c.id, c.kind, c.unit_id, c.attr, c.n, c.published, c.index_total, c.before_round_id,
                   s.subscale_id, s.n as subscale_n, s.total as subscale_total
            from survey_cell c left join survey_cell_score s on s.cell_id = c.id
            where c.round_id = :round
            order by c.id""";

    /** Per closed round (oldest first), the figure over the given disjoint units and all below them. */
    public List<RoundFigure> trend(Collection<Long> unitIds) {
        scope.requireVisible(unitIds);
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<RoundFigure> trend = new ArrayList<>();
        for (Decided round : decided("true", Map.of())) {
            List<Stored> parts = new ArrayList<>();
            for (Long unit : unitIds) {
                Stored cell = round.cells().get(key("SUBTREE", unit, ""));
                if (cell != null) {
                    parts.add(cell);
                }
            }
            trend.add(new RoundFigure(round.id(), round.title(), round.opensOn(), union(parts)));
        }
        return trend;
    }

    /** The figures of one closed round for the groups of a breakdown; empty while the round is not closed. */
    public Map<Group, Figure> groups(long roundId, List<Group> groups) {
        scope.requireVisible(groups.stream().map(Group::unitId).toList());
        Map<Group, Figure> result = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return result;
        }
        List<Decided> decided = decided("r.id = :round", Map.of("round", roundId));
        if (decided.isEmpty()) {
            return result;
        }
        Map<String, Stored> cells = decided.getFirst().cells();
        for (Group g : groups) {
            // a unit without sub-units has no separate own-staff cell: its subtree is its own staff
            Stored own = g.ownStaffOnly() ? cells.get(key("OWN", g.unitId(), "")) : null;
            Stored cell = own != null ? own : cells.get(key("SUBTREE", g.unitId(), ""));
            result.put(g, cell == null ? Figure.EMPTY : union(List.of(cell)));
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
        List<Decided> decided = decided("r.id = :round", Map.of("round", roundId));
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Stored> cells = decided.getFirst().cells();
        List<Stored> trained = new ArrayList<>();
        List<Stored> notTrained = new ArrayList<>();
        for (Long unit : new LinkedHashSet<>(unitIds)) {
            Stored t = cells.get(key("CHANGE", unit, RoundPublisher.TRAINED));
            Stored u = cells.get(key("CHANGE", unit, RoundPublisher.NOT_TRAINED));
            if (t == null || u == null) {
                return Optional.empty();
            }
            trained.add(t);
            notTrained.add(u);
        }
        return Optional.of(new Change(trained.getFirst().before(), union(trained), union(notTrained)));
    }

    /** A decided round with its cells by {@link #key}. */
    private record Decided(long id, String title, LocalDate opensOn, Map<String, Stored> cells) {
    }

    /** The cells of a decided round as last read, with the stamp they were read under. */
    private record Held(Instant publishedAt, long lastCell, Map<String, Stored> cells) {
    }

    /** Rounds held in memory at most; a city keeps a few dozen decided rounds, a few hundred KB each. */
    static final int HELD_ROUNDS = 64;

    /**
     * The cells of decided rounds, read once per decision. A decided round's cells never change until it
     * is decided again, which gives it a new last cell id; every read checks that id in the database
     * first, so a round reopened or decided again on another instance is never shown from memory.
     */
    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    private static String key(String kind, long unitId, String attr) {
        return kind + ':' + unitId + ':' + attr;
    }

    private List<Decided> decided(String roundCondition, Map<String, ?> params) {
        List<Decided> rounds = new ArrayList<>();
        jdbc.sql(ROUNDS.formatted(roundCondition)).params(params).query((rs, i) -> {
            long id = rs.getLong("id");
            Instant publishedAt = rs.getTimestamp("published_at").toInstant();
            long lastCell = rs.getLong("last_cell");
            rounds.add(new Decided(id, rs.getString("title"), rs.getObject("opens_on", LocalDate.class),
                    cellsOf(id, publishedAt, lastCell).cells()));
            return null;
        }).list();
        return rounds;
    }

    private Held cellsOf(long roundId, Instant publishedAt, long lastCell) {
        Held current = held.get(roundId);
        if (current != null && current.lastCell() == lastCell && current.publishedAt().equals(publishedAt)) {
            return current;
        }
        if (held.size() >= HELD_ROUNDS) {
            held.clear();
        }
        Map<String, Stored> cells = new HashMap<>();
        Map<Long, Stored> byId = new HashMap<>();
        jdbc.sql(CELLS).param("round", roundId).query((rs, i) -> {
            long id = rs.getLong("id");
            Stored cell = byId.get(id);
            if (cell == null) {
                cell = new Stored(id, roundId, rs.getString("kind"), rs.getLong("unit_id"), rs.getString("attr"),
                        rs.getLong("n"), rs.getBoolean("published"), rs.getBigDecimal("index_total"),
                        rs.getObject("before_round_id", Long.class), new LinkedHashMap<>(), new LinkedHashMap<>());
                byId.put(id, cell);
                cells.put(key(cell.kind(), cell.unitId(), cell.attr()), cell);
            }
            long subscale = rs.getLong("subscale_id");
            if (!rs.wasNull()) {
                cell.subscaleCounts().put(subscale, new long[] {rs.getLong("subscale_n")});
                cell.subscaleTotals().put(subscale, rs.getBigDecimal("subscale_total"));
            }
            return null;
        }).list();
        Held read = new Held(publishedAt, lastCell, Map.copyOf(cells));
        held.put(roundId, read);
        return read;
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
