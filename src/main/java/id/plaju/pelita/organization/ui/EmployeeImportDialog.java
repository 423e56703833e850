package id.plaju.pelita.organization.ui;

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
import id.plaju.pelita.base.ui.LimitedUpload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.organization.EmployeeImportService;
import id.plaju.pelita.organization.ImportPreview;
import id.plaju.pelita.organization.ImportRow;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/**
 * Import employees from CSV or XLSX: upload, see every row with its problems, and import — only
 * when no row has a problem, and then all rows in one transaction.
 */
class EmployeeImportDialog extends Dialog {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final EmployeeImportService importer;
    private final Runnable onImported;
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportRow> preview = new Grid<>(ImportRow.class, false);
    final Button importButton = new Button();
    private ImportPreview current;
    private String uploadedName;
    private byte[] uploaded;

    EmployeeImportDialog(EmployeeImportService importer, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(1100px, 100vw)");
        setHeight("min(800px, 100vh)");

        Paragraph help = new Paragraph(getTranslation("import.help", String.join(", ", importer.columns())));
        byte[] template = importer.csvTemplate();
        Anchor templateLink = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(template), "template-pegawai.csv", "text/csv", template.length)),
                getTranslation("import.template"));
        templateLink.setId("import-template");

        upload = new Upload(new LimitedUpload(MAX_BYTES, getTranslation("import.error.too-large", 5), (name, data) -> {
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
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.error.rejected", 5)));

        summary.setId("import-summary");
        preview.setId("import-preview");
        preview.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        for (String column : importer.columns()) {
            preview.addColumn(row -> row.values().getOrDefault(column, "")).setHeader(column).setAutoWidth(true);
        }
        preview.addComponentColumn(row -> {
            Span problems = new Span(row.problems().stream()
                    .map(p -> ImportRow.column(p.field()) + ": " + getTranslation(p.key(), p.args()))
                    .collect(Collectors.joining("; ")));
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

    void showPreview(String fileName, byte[] content) {
        try {
            current = importer.preview(fileName, content);
            preview.setItems(current.rows());
            preview.setVisible(true);
            long bad = current.rowsWithProblems();
            summary.setText(getTranslation(bad == 0 ? "import.summary.ok" : "import.summary.problems",
                    fileName, current.rows().size(), bad));
            summary.setClassName("problem", bad > 0);
            importButton.setEnabled(current.canImport());
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
            int count = importer.importAll(current);
            Notifications.success(getTranslation("import.done", count));
            close();
            onImported.run();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
