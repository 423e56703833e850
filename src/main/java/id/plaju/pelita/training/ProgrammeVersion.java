package id.plaju.pelita.training;

/** One version of a programme in its line of revisions, oldest first. */
public record ProgrammeVersion(long id, String title, int versionNo, boolean active) {
}
