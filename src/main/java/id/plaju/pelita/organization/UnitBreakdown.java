package id.plaju.pelita.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A breakdown: the unit groups of the selected unit (its own staff and its sub-units, or itself when
 * it has none). {@code unit} is the unit broken down (null when the groups are the scope's top
 * units); {@code tops} are the disjoint units whose trees the filter covers; {@code groupOfUnit}
 * maps every covered unit to the group it counts in.
 */
public record UnitBreakdown(Long unit, List<Long> tops, List<UnitNode> groups, Map<Long, Long> groupOfUnit) {

    public Set<Long> covered() {
        return groupOfUnit.keySet();
    }
}
