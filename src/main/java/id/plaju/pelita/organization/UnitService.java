package id.plaju.pelita.organization;

import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The unit tree: create, rename, move, deactivate. A unit is never deleted — it may have
 * employees and history — and a move that would put a unit under itself is refused.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class UnitService {

    private static final String NODE_QUERY = """
            select u.id, u.code, u.name, u.type, u.parent_id, u.active,
                   (select count(*) from current_employee e where e.unit_id = u.id) as employees
            from unit u""";

    private final UnitRepository units;
    private final UnitScopeService scope;
    private final AuditService audit;
    private final JdbcClient jdbc;

    UnitService(UnitRepository units, UnitScopeService scope, AuditService audit, JdbcClient jdbc) {
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Every unit, active or not, for the unit administration. */
    public List<UnitNode> all() {
        return jdbc.sql(NODE_QUERY + " order by u.name").query(UnitService::node).list();
    }

    /** The active units the caller may see, for filters and pickers. */
    @PreAuthorize("isAuthenticated()")
    public List<UnitNode> visibleActiveUnits() {
        if (scope.seesAllUnits()) {
            return jdbc.sql(NODE_QUERY + " where u.active order by u.name").query(UnitService::node).list();
        }
        Set<Long> visible = scope.visibleUnitIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NODE_QUERY + " where u.active and u.id in (:ids) order by u.name").param("ids", visible)
                .query(UnitService::node).list();
    }

    @Transactional
    public UnitNode create(@Size(max = 40, message = "units.code") String code,
            @Size(max = 150, message = "units.name") String name, UnitType type, Long parentId) {
        String cleanCode = required(code, "unit.error.code-required").toUpperCase();
        String cleanName = required(name, "unit.error.name-required");
        if (type == null) {
            throw new UserFacingException("unit.error.type-required");
        }
        if (units.findByCode(cleanCode).isPresent()) {
            throw new UserFacingException("unit.error.code-taken", cleanCode);
        }
        Unit parent = parentId == null ? null : load(parentId);
        Unit unit = units.save(new Unit(cleanCode, cleanName, type, parent));
        audit.record(AuditAction.UNIT_CREATED, cleanCode,
                cleanName + (parent == null ? "" : " under " + parent.getCode()));
        return node(unit.getId());
    }

    @Transactional
    public void rename(long unitId, @Size(max = 150, message = "units.name") String name) {
        Unit unit = load(unitId);
        String cleanName = required(name, "unit.error.name-required");
        audit.record(AuditAction.UNIT_RENAMED, unit.getCode(), unit.getName() + " → " + cleanName);
        unit.rename(cleanName);
    }

    /** Moves a unit under another one, or to the top when {@code newParentId} is null. */
    @Transactional
    public void move(long unitId, Long newParentId) {
        Unit unit = load(unitId);
        Unit newParent = null;
        if (newParentId != null) {
            if (scope.withDescendants(List.of(unitId)).contains(newParentId)) {
                throw new UserFacingException("unit.error.cycle", unit.getName());
            }
            newParent = load(newParentId);
        }
        String from = unit.getParent() == null ? "-" : unit.getParent().getCode();
        audit.record(AuditAction.UNIT_MOVED, unit.getCode(),
                from + " → " + (newParent == null ? "-" : newParent.getCode()));
        unit.moveTo(newParent);
    }

    @Transactional
    public void setActive(long unitId, boolean active) {
        Unit unit = load(unitId);
        if (unit.isActive() != active) {
            unit.setActive(active);
            audit.record(active ? AuditAction.UNIT_ACTIVATED : AuditAction.UNIT_DEACTIVATED, unit.getCode(), null);
        }
    }

    private UnitNode node(long id) {
        return jdbc.sql(NODE_QUERY + " where u.id = ?").param(id).query(UnitService::node).single();
    }

    private Unit load(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new UserFacingException("unit.error.not-found"));
    }

    private static String required(String value, String key) {
        if (!StringUtils.hasText(value)) {
            throw new UserFacingException(key);
        }
        return value.strip();
    }

    private static UnitNode node(ResultSet rs, int row) throws SQLException {
        return new UnitNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class), rs.getBoolean("active"),
                rs.getLong("employees"));
    }
}
