package id.plaju.pelita.survey;

/** An instrument in the admin list, with how many items it has and whether anyone answered it. */
public record InstrumentSummary(long id, String code, int version, String nameId, String nameEn,
        InstrumentStatus status, int items, long responses) {
}
