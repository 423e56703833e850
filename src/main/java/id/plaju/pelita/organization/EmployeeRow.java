package id.plaju.pelita.organization;

import java.time.LocalDate;

/** An employee as the lists show it. */
public record EmployeeRow(long id, String nip, String fullName, LocalDate birthDate, Gender gender,
        Golongan golongan, EmploymentType employmentType, PositionFamily positionFamily, PositionLevel positionLevel,
        String positionTitle, long unitId, String unitName, boolean active) {

    static EmployeeRow of(Employee e) {
        return new EmployeeRow(e.getId(), e.getNip(), e.getFullName(), e.getBirthDate(), e.getGender(),
                e.getGolongan(), e.getEmploymentType(), e.getPositionFamily(), e.getPositionLevel(),
                e.getPositionTitle(), e.getUnit().getId(), e.getUnit().getName(), e.isActive());
    }

    public EmployeeData toData() {
        return new EmployeeData(nip, fullName, golongan, employmentType, positionFamily, positionLevel,
                positionTitle, unitId, active);
    }
}
