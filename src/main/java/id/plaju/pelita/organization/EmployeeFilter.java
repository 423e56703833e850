package id.plaju.pelita.organization;

/**
 * Filters of the employee lists; {@code null} means "any". {@code text} matches the start of the
 * NIP or any part of the name; {@code unitId} includes the unit's sub-units.
 */
public record EmployeeFilter(String text, Long unitId, Golongan golongan, Boolean active) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null);
    }
}
