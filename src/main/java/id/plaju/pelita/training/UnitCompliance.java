package id.plaju.pelita.training;

/** How many active employees of a unit are green (≥ 20 JP), amber (10 to < 20) or red (< 10). */
public record UnitCompliance(long unitId, String unitName, long employees, long green, long amber, long red) {
}
