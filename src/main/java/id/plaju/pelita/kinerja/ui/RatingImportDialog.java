package id.plaju.pelita.kinerja.ui;

import id.plaju.pelita.base.ui.ImportDialog;
import id.plaju.pelita.kinerja.PerformanceImportService;
import id.plaju.pelita.kinerja.RatingImport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Import the predikat from the e-Kinerja export (CSV or XLSX: nip, tahun, predikat), all rows or none. */
class RatingImportDialog extends ImportDialog<RatingImport, RatingImport.Row> {

    private final PerformanceImportService importer;

    RatingImportDialog(PerformanceImportService importer, Runnable onImported) {
        super(PerformanceImportService.COLUMNS, importer.csvTemplate(), "template-predikat-kinerja.csv", onImported);
        this.importer = importer;
        setHeaderTitle(getTranslation("kinerja.import"));
    }

    @Override
    protected RatingImport preview(String fileName, byte[] content) {
        return importer.preview(fileName, content);
    }

    @Override
    protected List<RatingImport.Row> rows(RatingImport preview) {
        return preview.rows();
    }

    @Override
    protected long rowsWithProblems(RatingImport preview) {
        return preview.rowsWithProblems();
    }

    @Override
    protected int importAll(RatingImport preview) {
        return importer.importAll(preview);
    }

    @Override
    protected int line(RatingImport.Row row) {
        return row.line();
    }

    @Override
    protected Map<String, String> values(RatingImport.Row row) {
        return row.values();
    }

    @Override
    protected String problems(RatingImport.Row row) {
        return row.problems().stream().map(p -> p.column() + ": " + getTranslation(p.key(), p.args()))
                .collect(Collectors.joining("; "));
    }

    @Override
    protected String done(int count) {
        return getTranslation("kinerja.import.done", count);
    }
}
