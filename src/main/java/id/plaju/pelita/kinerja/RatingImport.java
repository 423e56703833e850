package id.plaju.pelita.kinerja;

import java.util.List;
import java.util.Map;

/** What a predikat import would write, row by row, before anything is written. */
public record RatingImport(String fileName, List<Row> rows) {

    /** A problem of one column of a row: a message key and its arguments. */
    public record Problem(String column, String key, Object... args) {
    }

    /** One row: the file's values, what was read from them (null where unreadable) and what is wrong. */
    public record Row(int line, Map<String, String> values, Long employeeId, Integer year, Predikat predikat,
            List<Problem> problems) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    public long rowsWithProblems() {
        return rows.stream().filter(Row::hasProblems).count();
    }

    public boolean canImport() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
