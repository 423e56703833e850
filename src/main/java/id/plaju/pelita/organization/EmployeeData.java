package id.plaju.pelita.organization;

/**
 * What an admin enters for an employee, from the form or from one row of an import. Birth date and
 * gender are not entered: they are derived from the NIP.
 */
public record EmployeeData(String nip, String fullName, Golongan golongan, EmploymentType employmentType,
        PositionFamily positionFamily, PositionLevel positionLevel, String positionTitle, Long unitId,
        boolean active) {
}
