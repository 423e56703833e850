package id.plaju.pelita.security.audit;

/** What an audit log entry records. Stored by name; add new actions at will, never rename. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED,
    ACCOUNT_CREATED, ACCOUNT_ENABLED, ACCOUNT_DISABLED, ACCOUNT_UNLOCKED,
    PASSWORD_RESET, PASSWORD_CHANGED, ROLES_CHANGED, HEAD_UNITS_CHANGED,
    UNIT_CREATED, UNIT_RENAMED, UNIT_MOVED, UNIT_DEACTIVATED, UNIT_ACTIVATED,
    EMPLOYEE_CREATED, EMPLOYEE_CHANGED, EMPLOYEES_IMPORTED,
    EXPORT, STAFF_INVITED,
    PERFORMANCE_RATING_SET, PERFORMANCE_RATINGS_IMPORTED, SERVICE_SATISFACTION_SET;

    public String translationKey() {
        return "audit.action." + name();
    }
}
