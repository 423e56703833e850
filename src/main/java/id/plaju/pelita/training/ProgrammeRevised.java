package id.plaju.pelita.training;

/**
 * Published (inside the revising transaction) when a curriculum review makes {@code revision} the new
 * version of {@code programme}, so that features owning data of a programme can carry it over.
 */
public record ProgrammeRevised(long programme, long revision) {
}
