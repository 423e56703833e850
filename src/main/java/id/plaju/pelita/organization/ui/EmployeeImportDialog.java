package id.plaju.pelita.organization.ui;

import id.plaju.pelita.base.ui.ImportDialog;
import id.plaju.pelita.organization.EmployeeImportService;
import id.plaju.pelita.organization.ImportPreview;
import id.plaju.pelita.organization.ImportRow;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Import employees from CSV or XLSX: every row checked before anything is written, then all or none. */
class EmployeeImportDialog extends ImportDialog<ImportPreview, ImportRow> {

    private final EmployeeImportService importer;

    EmployeeImportDialog(EmployeeImportService importer, Runnable onImported) {
        super(importer.columns(), importer.csvTemplate(), "template-pegawai.csv",
                onImported);
        this.importer = importer;
        setHeaderTitle(getTranslation("import.title"));
    }

    @Override
    protected ImportPreview preview(String fileName, byte[] content) {
        return importer.preview(fileName, content);
    }

    @Override
    protected List<ImportRow> rows(ImportPreview preview) {
        return preview.rows();
    }

    @Override
    protected long rowsWithProblems(ImportPreview preview) {
        return preview.rowsWithProblems();
    }

    @Override
    protected int importAll(ImportPreview preview) {
        return importer.importAll(preview);
    }

    @Override
    protected int line(ImportRow row) {
        return row.line();
    }

    @Override
    protected Map<String, String> values(ImportRow row) {
        return row.values();
    }

    @Override
    protected String problems(ImportRow row) {
        return row.problems().stream().map(p -> ImportRow.column(p.field()) + ": " + getTranslation(p.key(), p.args()))
                .collect(Collectors.joining("; "));
    }

    @Override
    protected String done(int count) {
        return getTranslation("import.done", count);
    }
}
