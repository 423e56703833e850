package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.base.UserFacingException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The import dialog every import of PELITA uses (employees, predikat kinerja): upload a CSV or XLSX
 * file (the size limit enforced while it streams), see every row with its problems, and import —
 * only when no row has a problem, and then all rows in one transaction. A subclass says how its
 * service previews and imports, what a row holds, and sets the dialog's title.
 *
 * @param <P> the service's preview of a file
 * @param <R> a row of the preview
 */
public abstract class ImportDialog<P, R> extends Dialog {

    private static final int MAX_MB = 5;
    private static final int MAX_BYTES = MAX_MB * 1024 * 1024;

    private final Runnable onImported;
    public final Upload upload;
    public final Paragraph summary = new Paragraph();
    public final Grid<R> preview = new Grid<>();
    public final Button importButton = new Button();
    private P current;
    private String uploadedName;
    private byte[] uploaded;

    /**
     * @param columns  the file's columns, shown in the help and as the preview's columns
     * @param template a CSV template, offered for download as {@code templateName}
     */
    protected ImportDialog(List<String> columns, byte[] template, String templateName, Runnable onImported) {
        this.onImported = onImported;
        setWidth("min(1100px, 100vw)");
        setHeight("min(800px, 100vh)");

        Paragraph help = new Paragraph(getTranslation("import.help", String.join(", ", columns)));
        Anchor templateLink = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(template), templateName, "text/csv", template.length)),
                getTranslation("import.template"));
        templateLink.setId("import-template");

        upload = new Upload(new LimitedUpload(MAX_BYTES, getTranslation("import.error.too-large", MAX_MB),
                (name, data) -> {
                    uploadedName = name;
                    uploaded = data;
                }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop"))));
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addAllFinishedListener(e -> {
            if (uploaded != null) {
                showPreview(uploadedName, uploaded);
                uploaded = null;
            }
            upload.clearFileList();
        });
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.error.rejected", MAX_MB)));

        summary.setId("import-summary");
        preview.setId("import-preview");
        preview.addColumn(this::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        for (String column : columns) {
            preview.addColumn(row -> values(row).getOrDefault(column, "")).setHeader(column).setAutoWidth(true);
        }
        preview.addComponentColumn(row -> {
            Span problems = new Span(problems(row));
            problems.addClassName("problem");
            return problems;
        }).setHeader(getTranslation("import.problems")).setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setHeight("380px");
        preview.setVisible(false);

        importButton.setText(getTranslation("import.run"));
        importButton.setId("import-run");
        importButton.setIcon(VaadinIcon.UPLOAD_ALT.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());

        add(help, templateLink, upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), importButton);
    }

    /** Reads and checks a file; writes nothing. */
    protected abstract P preview(String fileName, byte[] content);

    protected abstract List<R> rows(P preview);

    protected abstract long rowsWithProblems(P preview);

    /** Imports every row of the preview, all or none; returns how many. */
    protected abstract int importAll(P preview);

    /** A row's line in the file (header = 1). */
    protected abstract int line(R row);

    /** A row's values by column. */
    protected abstract Map<String, String> values(R row);

    /** A row's problems, in the reader's language ("" when none). */
    protected abstract String problems(R row);

    /** The confirmation after {@code count} rows were imported. */
    protected abstract String done(int count);

    /** Shows the preview of a file (what the upload does once the file has arrived). */
    public void showPreview(String fileName, byte[] content) {
        try {
            current = preview(fileName, content);
            List<R> rows = rows(current);
            preview.setItems(rows);
            preview.setVisible(true);
            long bad = rowsWithProblems(current);
            summary.setText(getTranslation(bad == 0 ? "import.summary.ok" : "import.summary.problems",
                    fileName, rows.size(), bad));
            summary.setClassName("problem", bad > 0);
            importButton.setEnabled(!rows.isEmpty() && bad == 0);
        } catch (UserFacingException e) {
            current = null;
            preview.setVisible(false);
            importButton.setEnabled(false);
            summary.setText(getTranslation(e.getTranslationKey(), e.getArguments()));
            summary.setClassName("problem", true);
            Notifications.error(this, e);
        }
    }

    private void runImport() {
        if (current == null) {
            return;
        }
        try {
            int count = importAll(current);
            Notifications.success(done(count));
            close();
            onImported.run();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
