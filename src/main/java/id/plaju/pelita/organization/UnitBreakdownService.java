package id.plaju.pelita.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a unit of the caller's scope breaks down for figures per unit: into its own staff and its
 * direct sub-units (each with its subtree), or — for the whole scope — into the scope's top units.
 * A unit outside the scope is refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UnitBreakdownService {

    /** The covered units for a breakdown; their staff are not counted (a breakdown does not need it). */
    static final String UNITS = """
            select u.id, u.code, u.name, u.type, u.parent_id, u.active
            from unit u where u.id in (:units) order by u.name""";

    static final String HAS_STAFF = "select count(*) from current_employee where unit_id = ?";

    private final JdbcClient jdbc;
    private final UnitScopeService scope;

    UnitBreakdownService(JdbcClient jdbc, UnitScopeService scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The groups a unit breaks down into: its direct sub-units in scope (each with its subtree). */
    public UnitBreakdown breakdown(Long unitId) {
        if (unitId != null) {
            // one statement: the unit's tree and the unit's own staff
            UnitScopeService.Subtree tree = scope.subtree(unitId);
            Set<Long> covered = new HashSet<>(tree.units().stream().map(UnitNode::id).toList());
            return breakdown(unitId, List.of(unitId), covered, tree.units(), tree.ownStaff());
        }
        Set<Long> covered = scope.visibleUnitIds();
        if (covered.isEmpty()) {
            return new UnitBreakdown(null, List.of(), List.of(), Map.of());
        }
        List<UnitNode> nodes = jdbc.sql(UNITS).param("units", covered).query((rs, i) -> new UnitNode(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", Long.class), rs.getBoolean("active"), 0)).list();
        return breakdown(null, List.copyOf(scope.topVisibleUnitIds()), covered, nodes, null);
    }

    /** @param ownStaff active staff of {@code unitId} itself, when known (else it is counted if needed) */
    private UnitBreakdown breakdown(Long unitId, List<Long> tops, Set<Long> covered, List<UnitNode> nodes, Long ownStaff) {
        List<UnitNode> visible = nodes.stream().filter(UnitNode::active).toList();
        List<UnitNode> groups = visible.stream()
                .filter(u -> unitId == null ? u.parentId() == null || !covered.contains(u.parentId())
                        : unitId.equals(u.parentId()))
                .toList();
        if (unitId != null) {
            // the chosen unit's own staff (a camat, a lurah…) form a group of their own
            List<UnitNode> self = visible.stream().filter(u -> u.id() == unitId).toList();
            if (!self.isEmpty() && (groups.isEmpty() || (ownStaff != null ? ownStaff
                    : jdbc.sql(HAS_STAFF).param(unitId).query(Long.class).single()) > 0)) {
                List<UnitNode> withSelf = new ArrayList<>(self);
                withSelf.addAll(groups);
                groups = withSelf;
            }
        }
        if (unitId == null && groups.size() == 1) {
            return breakdown(groups.getFirst().id(), tops, covered, nodes, null);
        }
        Map<Long, Long> parentOf = new HashMap<>();
        nodes.forEach(u -> parentOf.put(u.id(), u.parentId()));
        Set<Long> groupIds = new HashSet<>(groups.stream().map(UnitNode::id).toList());
        Map<Long, Long> groupOf = new LinkedHashMap<>();
        for (Long member : covered) {
            if (unitId != null && member.equals(unitId)) {
                if (groupIds.contains(unitId)) {
                    groupOf.put(unitId, unitId);
                }
                continue;
            }
            for (Long up = member; up != null; up = parentOf.get(up)) {
                if (groupIds.contains(up)) {
                    groupOf.put(member, up);
                    break;
                }
            }
        }
        return new UnitBreakdown(unitId, tops, groups, groupOf);
    }
}
