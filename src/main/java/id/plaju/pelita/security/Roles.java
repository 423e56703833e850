package id.plaju.pelita.security;

import java.util.List;

/**
 * The roles of PELITA, in one place: used by {@code @RolesAllowed} on views, by
 * {@code @PreAuthorize} on services and stored as-is in {@code user_account_role}.
 */
public final class Roles {

    /** Pegawai: sees own trainings and JP, fills surveys and evaluations. */
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Kepala unit: watches the dashboards of the units they head and their sub-units. */
    public static final String HEAD = "HEAD";
    /** Administrator of the portal. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(EMPLOYEE, HEAD, ADMIN);

    /** SpEL for {@code @PreAuthorize}: only administrators. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    /** SpEL for {@code @PreAuthorize}: heads and administrators. */
    public static final String IS_HEAD_OR_ADMIN = "hasAnyRole('" + HEAD + "','" + ADMIN + "')";

    private Roles() {
    }
}
