package id.plaju.pelita.kinerja;

/**
 * An employee's predikat for a year as a head or an admin sees it in a list: {@code predikat} is
 * null while none is recorded. {@code source} is IMPORT, HEAD or ADMIN.
 */
public record PerformanceRating(long employeeId, String nip, String fullName, long unitId, String unitName, int year,
        Predikat predikat, String source, String updatedBy) {
}
