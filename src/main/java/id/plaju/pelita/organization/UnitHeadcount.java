package id.plaju.pelita.organization;

/** How many active employees a unit has. */
public record UnitHeadcount(long unitId, String code, String name, long employees) {
}
