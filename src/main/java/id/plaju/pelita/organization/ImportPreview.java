package id.plaju.pelita.organization;

import java.util.List;

/** What an import would write, row by row, before anything is written. */
public record ImportPreview(String fileName, List<ImportRow> rows) {

    public long rowsWithProblems() {
        return rows.stream().filter(ImportRow::hasProblems).count();
    }

    public boolean canImport() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
