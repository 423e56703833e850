package id.plaju.pelita.organization;

import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
            return new TreeSet<>(jdbc.sql("select id from unit").query(Long.class).list());
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
        jdbc.sql("select id, parent_id from unit where id in (:units)").param("units", visible).query((rs, i) -> {
            Long parent = rs.getObject("parent_id", Long.class);
            if (parent == null || !visible.contains(parent)) {
                tops.add(rs.getLong("id"));
            }
            return null;
        }).list();
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

    /** The units below {@code :roots}, with the roots: the one definition of a unit's tree. */
    private static final String TREE = """
            with recursive scope (id) as (
                select id from unit where id in (:roots)
                union
                select u.id from unit u join scope s on u.parent_id = s.id
            )
            """;

    /** The given units and every unit below them, in one recursive query. */
    public Set<Long> withDescendants(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc.sql(TREE + "select id from scope").param("roots", unitIds).query(Long.class).list();
        return new TreeSet<>(ids);
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
        List<UnitNode> units = jdbc.sql(TREE + """
                select u.id, u.code, u.name, u.type, u.parent_id, u.active,
                       (select count(*) from employee e where e.unit_id = :unit and e.active) as own_staff
                from unit u join scope s on s.id = u.id order by u.name""")
                .param("roots", List.of(unitId)).param("unit", unitId).query((rs, i) -> {
                    ownStaff[0] = rs.getLong("own_staff");
                    return new UnitNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
                            rs.getBoolean("active"), 0);
                }).list();
        return new Subtree(unitId, ownStaff[0], units);
    }
}
