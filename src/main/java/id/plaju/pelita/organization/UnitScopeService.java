package id.plaju.pelita.organization;

import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units the caller may see. ADMIN: all; HEAD: the units they head and all their
 * descendants; anyone else: none (an employee sees only their own personal data). Queries of
 * unit-level data take {@link #visibleUnitIds()} into their WHERE clause, and a unit id a caller
 * passes in is checked with {@link #requireVisible(long)}, so a forged id is refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UnitScopeService {

    private final JdbcClient jdbc;

    UnitScopeService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean seesAllUnits() {
        return CurrentUser.hasRole(Roles.ADMIN);
    }

    /** The ids of the units the caller may see. */
    public Set<Long> visibleUnitIds() {
        if (seesAllUnits()) {
            Set<Long> all = new TreeSet<>();
            allUnits(-1, new long[1]).forEach(u -> all.add(u.id()));
            return all;
        }
        if (!CurrentUser.hasRole(Roles.HEAD)) {
            return Set.of();
        }
        return withDescendants(CurrentUser.headedUnitIds());
    }

    /** The units of the caller's scope that have no parent inside it: the scope is exactly their trees. */
    public Set<Long> topVisibleUnitIds() {
        Set<Long> visible = visibleUnitIds();
        if (visible.isEmpty()) {
            return Set.of();
        }
        Set<Long> tops = new TreeSet<>();
        for (UnitNode u : allUnits(-1, new long[1])) {
            if (visible.contains(u.id()) && (u.parentId() == null || !visible.contains(u.parentId()))) {
                tops.add(u.id());
            }
        }
        return tops;
    }

    public boolean canSee(long unitId) {
        return seesAllUnits() || visibleUnitIds().contains(unitId);
    }

    /** Refuses units outside the caller's scope, with one look-up for all of them. */
    public void requireVisible(Collection<Long> unitIds) {
        if (unitIds.isEmpty() || seesAllUnits()) {
            return;
        }
        Set<Long> visible = visibleUnitIds();
        for (Long unitId : unitIds) {
            if (!visible.contains(unitId)) {
                throw new AccessDeniedException("Unit " + unitId + " is outside the caller's scope");
            }
        }
    }

    /** Refuses a unit outside the caller's scope. */
    public void requireVisible(long unitId) {
        if (!canSee(unitId)) {
            throw new AccessDeniedException("Unit " + unitId + " is outside the caller's scope");
        }
    }

    /**
     * Every unit with its parent; a tree is walked in memory. The unit table changes seldom, so it is
     * held in memory under a fingerprint — how many units, the sum of their optimistic-lock versions
     * (every JPA update raises one), the highest id (every insert raises it) — that each call reads
     * first, together with the own staff of one unit. A unit added, moved, renamed or removed on any
     * instance changes the fingerprint, and the table is read again.
     */
    private static final String FINGERPRINT = """
            select count(*) as units, coalesce(sum(version), 0) as versions, coalesce(max(id), 0) as last_id,
                   (select count(*) from current_employee e where e.unit_id = :unit) as own_staff
            from unit""";

    private static final String UNITS = "select id, code, name, type, parent_id, active from unit order by name";

    private record Forest(long units, long versions, long lastId, List<UnitNode> nodes) {

        boolean matches(Forest other) {
            return other != null && units == other.units && versions == other.versions && lastId == other.lastId;
        }
    }

    private final AtomicReference<Forest> forest = new AtomicReference<>();

    /** @param ownStaffOf a unit whose active staff are counted into {@code ownStaff[0]} (-1: none) */
    private List<UnitNode> allUnits(long ownStaffOf, long[] ownStaff) {
        Forest stamp = jdbc.sql(FINGERPRINT).param("unit", ownStaffOf).query((rs, i) -> {
            ownStaff[0] = rs.getLong("own_staff");
            return new Forest(rs.getLong("units"), rs.getLong("versions"), rs.getLong("last_id"), List.of());
        }).single();
        Forest held = forest.get();
        if (stamp.matches(held)) {
            return held.nodes();
        }
        List<UnitNode> nodes = jdbc.sql(UNITS).query((rs, i) -> new UnitNode(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
                rs.getBoolean("active"), 0)).list();
        forest.set(new Forest(stamp.units(), stamp.versions(), stamp.lastId(), List.copyOf(nodes)));
        return nodes;
    }

    /** The roots and every unit below them, in the order of {@code units}. */
    static List<UnitNode> below(Collection<Long> roots, List<UnitNode> units) {
        Map<Long, List<Long>> children = new HashMap<>();
        Set<Long> known = new HashSet<>();
        for (UnitNode u : units) {
            known.add(u.id());
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u.id());
            }
        }
        Set<Long> reached = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        roots.stream().filter(known::contains).forEach(queue::add);
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (reached.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return units.stream().filter(u -> reached.contains(u.id())).toList();
    }

    /**
     * The units a filter covers: the chosen unit and every unit below it (refused when it is outside
     * the caller's scope), or, with no unit chosen, the caller's whole scope.
     */
    public Set<Long> unitsOf(Long unitId) {
        if (unitId != null) {
            requireVisible(unitId);
            return withDescendants(List.of(unitId));
        }
        return visibleUnitIds();
    }

    /** The given units and every unit below them. */
    public Set<Long> withDescendants(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new TreeSet<>();
        below(unitIds, allUnits(-1, new long[1])).forEach(u -> ids.add(u.id()));
        return ids;
    }

    /**
     * A unit's tree as one statement reads it: the unit and every unit below it, and the active staff
     * of the unit itself (its nodes carry no staff counts).
     */
    public record Subtree(long unitId, long ownStaff, List<UnitNode> units) {
    }

    /** The tree under a unit of the caller's scope; refused outside it. */
    public Subtree subtree(long unitId) {
        requireVisible(unitId);
        long[] ownStaff = new long[1];
        List<UnitNode> units = below(List.of(unitId), allUnits(unitId, ownStaff));
        return new Subtree(unitId, ownStaff[0], units);
    }
}
