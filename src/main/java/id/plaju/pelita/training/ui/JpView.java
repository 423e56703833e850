package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.base.ui.SaveDialog;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.ActivityData;
import id.plaju.pelita.training.ActivityRow;
import id.plaju.pelita.training.EvidenceFile;
import id.plaju.pelita.base.ui.LimitedUpload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.EmployeeJp;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedger;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.UnitCompliance;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The 20-JP ledger: my own JP this year (attended sessions and approved nonklasikal activities),
 * for heads and admins the green / amber / red staff per unit and who is behind, and for admins
 * the nonklasikal activities waiting for approval.
 */
@Route("jp")
@Menu(order = 15, icon = "vaadin:chart-3d", title = "menu.jp")
@PermitAll
class JpView extends VerticalLayout implements HasDynamicTitle {

    private final JpLedgerService ledger;
    final Select<Integer> year = new Select<>();
    final Div mine = new Div();
    final Grid<UnitCompliance> units = new Grid<>(UnitCompliance.class, false);
    final Grid<EmployeeJp> staff = new Grid<>(EmployeeJp.class, false);
    final ComboBox<UnitNode> unitFilter = new ComboBox<>();
    final Grid<ActivityRow> pending = new Grid<>(ActivityRow.class, false);
    private final boolean head = CurrentUser.hasRole(Roles.HEAD) || CurrentUser.hasRole(Roles.ADMIN);
    private final boolean admin = CurrentUser.hasRole(Roles.ADMIN);

    JpView(JpLedgerService ledger, UnitService unitService, Today today) {
        this.ledger = ledger;
        setMaxWidth("1200px");
        int thisYear = today.year();
        year.setLabel(getTranslation("jp.year"));
        year.setItems(thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("jp-year");
        year.addValueChangeListener(e -> refresh());
        mine.setId("my-jp");
        mine.setWidthFull();
        add(year, mine);

        if (head) {
            units.setId("jp-units");
            units.addColumn(UnitCompliance::unitName).setHeader(getTranslation("employees.unit")).setFlexGrow(1);
            units.addColumn(UnitCompliance::employees).setHeader(getTranslation("jp.staff")).setAutoWidth(true);
            units.addColumn(UnitCompliance::green).setHeader(getTranslation("jp.green")).setAutoWidth(true);
            units.addColumn(UnitCompliance::amber).setHeader(getTranslation("jp.amber")).setAutoWidth(true);
            units.addColumn(UnitCompliance::red).setHeader(getTranslation("jp.red")).setAutoWidth(true);
            units.setAllRowsVisible(true);
            units.addThemeVariants(GridVariant.LUMO_COMPACT);
            unitFilter.setLabel(getTranslation("employees.unit"));
            unitFilter.setItems(unitService.visibleActiveUnits());
            unitFilter.setItemLabelGenerator(UnitNode::name);
            unitFilter.setClearButtonVisible(true);
            unitFilter.addValueChangeListener(e -> refresh());
            staff.setId("jp-staff");
            staff.addColumn(EmployeeJp::fullName).setHeader(getTranslation("employees.name")).setAutoWidth(true);
            staff.addColumn(EmployeeJp::unitName).setHeader(getTranslation("employees.unit")).setFlexGrow(1);
            staff.addColumn(e -> TrainingFormat.jp(getLocale(), e.klasikal())).setHeader(getTranslation("jp.klasikal"))
                    .setAutoWidth(true);
            staff.addColumn(e -> TrainingFormat.jp(getLocale(), e.nonklasikal()))
                    .setHeader(getTranslation("jp.nonklasikal")).setAutoWidth(true);
            staff.addComponentColumn(e -> badge(e.compliance(), TrainingFormat.jp(getLocale(), e.total())))
                    .setHeader(getTranslation("jp.total")).setAutoWidth(true);
            staff.setHeight("420px");
            staff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            add(new H3(getTranslation("jp.units")), units, new H3(getTranslation("jp.behind")), unitFilter, staff);
        }
        if (admin) {
            pending.setId("jp-pending");
            pending.addColumn(ActivityRow::employeeName).setHeader(getTranslation("employees.name")).setAutoWidth(true);
            pending.addColumn(ActivityRow::title).setHeader(getTranslation("activity.title")).setFlexGrow(1);
            pending.addColumn(a -> TrainingFormat.jp(getLocale(), a.jp())).setHeader("JP").setAutoWidth(true);
            pending.addComponentColumn(this::evidence).setHeader(getTranslation("activity.evidence")).setFlexGrow(1);
            pending.addComponentColumn(a -> {
                Button approve = new Button(getTranslation("activity.approve"), e -> decide(a, true, null));
                approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                approve.setId("approve-" + a.id());
                Button reject = new Button(getTranslation("activity.reject"), e -> rejectDialog(a));
                reject.setId("reject-" + a.id());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                return new HorizontalLayout(approve, reject);
            }).setAutoWidth(true);
            pending.setAllRowsVisible(true);
            add(new H3(getTranslation("activity.pending")), pending);
        }
        refresh();
    }

    private void refresh() {
        int y = year.getValue();
        mine.removeAll();
        if (CurrentUser.principal().map(PelitaUser::getEmployeeId).isPresent()) {
            JpLedger my = ledger.myLedger(y);
            ProgressBar bar = new ProgressBar(0, 20, Math.min(20, my.total().doubleValue()));
            bar.setId("my-jp-bar");
            Span total = badge(my.compliance(), getTranslation("jp.mine", TrainingFormat.jp(getLocale(), my.total()), String.valueOf(y)));
            total.setId("my-jp-total");
            Paragraph split = new Paragraph(getTranslation("jp.split", TrainingFormat.jp(getLocale(), my.klasikal()),
                    TrainingFormat.jp(getLocale(), my.nonklasikal()), TrainingFormat.jp(getLocale(), my.teknis()),
                    TrainingFormat.jp(getLocale(), my.manajerial()), TrainingFormat.jp(getLocale(), my.sosialKultural())));
            Grid<JpLedger.Entry> entries = new Grid<>(JpLedger.Entry.class, false);
            entries.addColumn(JpLedger.Entry::date).setHeader(getTranslation("training.date")).setAutoWidth(true);
            entries.addColumn(JpLedger.Entry::title).setHeader(getTranslation("training.programme")).setFlexGrow(1);
            entries.addColumn(en -> getTranslation(en.mode().translationKey())).setHeader(getTranslation("training.mode"))
                    .setAutoWidth(true);
            entries.addColumn(en -> TrainingFormat.jp(getLocale(), en.jp())).setHeader("JP").setAutoWidth(true);
            entries.setItems(my.entries());
            entries.setAllRowsVisible(true);
            entries.addThemeVariants(GridVariant.LUMO_COMPACT);
            Button record = new Button(getTranslation("activity.record"), e -> activityDialog());
            record.setId("activity-record");
            HorizontalLayout head = new HorizontalLayout(total, record);
            head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            Div card = new Div(head, bar, split, entries);
            card.addClassName("card");
            mine.add(card);
            List<ActivityRow> activities = ledger.myActivities();
            if (!activities.isEmpty()) {
                Grid<ActivityRow> own = new Grid<>(ActivityRow.class, false);
                own.setId("my-activities");
                own.addColumn(ActivityRow::date).setHeader(getTranslation("activity.date")).setAutoWidth(true);
                own.addColumn(ActivityRow::title).setHeader(getTranslation("activity.title")).setFlexGrow(1);
                own.addColumn(a -> TrainingFormat.jp(getLocale(), a.jp())).setHeader("JP").setAutoWidth(true);
                own.addColumn(a -> getTranslation(a.status().translationKey())
                        + (a.decisionNote() == null ? "" : ": " + a.decisionNote())).setHeader(getTranslation("activity.status"))
                        .setFlexGrow(1);
                own.addComponentColumn(this::evidence).setHeader(getTranslation("activity.evidence")).setAutoWidth(true);
                own.setItems(activities);
                own.setAllRowsVisible(true);
                own.addThemeVariants(GridVariant.LUMO_COMPACT);
                mine.add(new H3(getTranslation("activity.mine")), own);
            }
        } else {
            mine.add(new Paragraph(getTranslation("jp.no-employee")));
        }
        if (head) {
            units.setItems(ledger.unitCompliance(y));
            staff.setItems(ledger.employees(y, unitFilter.getValue() == null ? null : unitFilter.getValue().id()));
        }
        if (admin) {
            pending.setItems(ledger.pendingActivities());
        }
    }

    private Span badge(Jp.Compliance compliance, String text) {
        Span span = new Span(text);
        span.addClassName("jp-" + compliance.name().toLowerCase());
        return span;
    }

    private boolean decide(ActivityRow activity, boolean approve, String reason) {
        boolean done = Notifications.attempt(this, () -> ledger.decide(activity.id(), approve, reason));
        if (done) {
            Notifications.success(getTranslation(approve ? "activity.approved" : "activity.rejected"));
        }
        refresh();
        return done;
    }

    /** The reason for a rejection is asked for in the dialog; the employee reads it beside the status. */
    private void rejectDialog(ActivityRow activity) {
        TextArea reason = new TextArea(getTranslation("activity.reject.reason"));
        reason.setId("reject-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("activity.reject.title", activity.title(), activity.employeeName()));
        dialog.setWidth("min(520px, 95vw)");
        dialog.add(reason);
        Button reject = new Button(getTranslation("activity.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("activity.error.reason"));
            } else if (decide(activity, false, reason.getValue())) {
                dialog.close();
            }
        });
        reject.setId("reject-confirm");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), reject);
        dialog.open();
    }

    /** The note and, if there is one, a link to the evidence file. */
    private Component evidence(ActivityRow activity) {
        Span note = new Span(activity.evidence() == null ? "" : activity.evidence());
        if (activity.evidenceFileName() == null) {
            return note;
        }
        Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
            EvidenceFile evidence = ledger.evidenceFile(activity.id());
            return new DownloadResponse(new ByteArrayInputStream(evidence.content()), evidence.safeName(),
                    evidence.contentType(), evidence.content().length);
        }), activity.evidenceFileName());
        file.setId("evidence-" + activity.id());
        file.getElement().setAttribute("download", true);
        HorizontalLayout cell = new HorizontalLayout(note, file);
        cell.setSpacing(true);
        return cell;
    }

    private void activityDialog() {
        TextField title = new TextField(getTranslation("activity.title"));
        Select<Delivery> delivery = new Select<>();
        delivery.setLabel(getTranslation("training.delivery"));
        delivery.setItems(Delivery.ONLINE_COURSE, Delivery.COACHING, Delivery.MENTORING, Delivery.INTERNSHIP,
                Delivery.SELF_STUDY, Delivery.OTHER);
        delivery.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.translationKey()));
        delivery.setValue(Delivery.ONLINE_COURSE);
        Select<CompetencyType> competency = new Select<>();
        competency.setLabel(getTranslation("training.competency"));
        competency.setItems(CompetencyType.values());
        competency.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.translationKey()));
        competency.setValue(CompetencyType.TEKNIS);
        DatePicker date = new DatePicker(getTranslation("activity.date"));
        BigDecimalField jp = new BigDecimalField("JP");
        TextArea evidence = new TextArea(getTranslation("activity.evidence"));
        evidence.setHelperText(getTranslation("activity.evidence.help"));
        evidence.setMaxLength(1000);
        EvidenceFile[] file = new EvidenceFile[1];
        Span fileName = new Span();
        fileName.setId("activity-file-name");
        Upload upload = new Upload(new LimitedUpload(EvidenceFile.MAX_BYTES, getTranslation("activity.error.file-size", 2),
                (name, content) -> {
                    EvidenceFile candidate = new EvidenceFile(name, content);
                    if (Notifications.attempt(this, candidate::contentType)) {
                        file[0] = candidate;
                        fileName.setText(getTranslation("activity.file.attached", candidate.safeName()));
                    }
                }));
        upload.setId("activity-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EvidenceFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("activity.file.add"))
                        .setMany(getTranslation("activity.file.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("activity.file.drop"))
                        .setMany(getTranslation("activity.file.drop"))));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("activity.error.file-rejected")));
        Div fileField = new Div(new Span(getTranslation("activity.file")), upload, fileName);
        fileField.addClassName("evidence-file");
        FormLayout form = new FormLayout(title, delivery, competency, date, jp, evidence, fileField);
        form.setColspan(title, 2);
        form.setColspan(evidence, 2);
        form.setColspan(fileField, 2);
        SaveDialog.open(this, getTranslation("activity.record"), form, "activity-save",
                () -> ledger.recordActivity(new ActivityData(title.getValue(), delivery.getValue(), competency.getValue(),
                        date.getValue(), jp.getValue(), evidence.getValue()), file[0]),
                getTranslation("activity.recorded"), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.jp");
    }
}
