package id.plaju.pelita.survey;

/** How many of a unit's active staff completed a round. */
public record UnitResponseRate(long unitId, String unitName, long staff, long completed) {

    public double rate() {
        return staff == 0 ? 0 : (double) completed / staff;
    }
}
