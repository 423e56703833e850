package id.plaju.pelita.organization;

/**
 * One thing wrong with employee data: the field it concerns (the form field or the import
 * column) and a translation key with its arguments.
 */
public record EmployeeProblem(Field field, String key, Object... args) {

    /** The fields of {@link EmployeeData}; the import columns map onto them. */
    public enum Field {
        NIP, FULL_NAME, GOLONGAN, EMPLOYMENT_TYPE, POSITION_FAMILY, POSITION_LEVEL, POSITION_TITLE, UNIT, ACTIVE
    }
}
