package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import id.plaju.pelita.base.UserFacingException;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.certificate.Certificate;
import id.plaju.pelita.certificate.CertificateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Function;
import id.plaju.pelita.organization.EmployeeFilter;
import id.plaju.pelita.organization.EmployeeRow;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.AttendanceService;
import id.plaju.pelita.training.ParticipantRow;
import id.plaju.pelita.training.ParticipationStatus;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.SessionStatus;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Running one session: edit it, open it, invite units or single employees, record attendance (set everyone to Hadir,
 * then change single rows) and close it. Once closed: the participants' e-certificates, one ZIP of them all,
 * and revoking one.
 */
@Route("admin/trainings/session")
@RolesAllowed(Roles.ADMIN)
class SessionAdminView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingService trainings;
    private final AttendanceService attendance;
    private final CertificateService certificates;
    private final List<UnitNode> units;
    private long sessionId;
    private boolean done;
    private Map<Long, Certificate> certificateOf = Map.of();
    final H2 title = new H2();
    final Paragraph info = new Paragraph();
    final MultiSelectComboBox<UnitNode> inviteUnits = new MultiSelectComboBox<>();
    final Button invite = new Button();
    final Button open = new Button();
    final Button edit = new Button();
    final ComboBox<EmployeeRow> inviteEmployee = new ComboBox<>();
    final Button allPresent = new Button();
    final Button close = new Button();
    final Grid<ParticipantRow> participants = new Grid<>(ParticipantRow.class, false);
    final Anchor certificatesZip;

    SessionAdminView(TrainingService trainings, AttendanceService attendance, CertificateService certificates,
            UnitService unitService, EmployeeService employees) {
        this.trainings = trainings;
        this.attendance = attendance;
        this.certificates = certificates;
        certificatesZip = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = certificates.sessionZip(sessionId);
            return new DownloadResponse(new ByteArrayInputStream(zip), "sertifikat-sesi-" + sessionId + ".zip",
                    "application/zip", zip.length);
        }), getTranslation("certificate.zip"));
        certificatesZip.setId("certificates-zip");
        certificatesZip.getElement().setAttribute("download", true);
        this.units = unitService.visibleActiveUnits();
        setSizeFull();
        inviteUnits.setLabel(getTranslation("training.invite-units"));
        inviteUnits.setItems(units);
        inviteUnits.setItemLabelGenerator(UnitNode::name);
        inviteUnits.setWidth("420px");
        invite.setText(getTranslation("training.invite"));
        invite.setId("invite");
        invite.addClickListener(e -> run(() -> Notifications.success(getTranslation("training.invited",
                attendance.inviteUnits(sessionId, inviteUnits.getValue().stream().map(UnitNode::id)
                        .collect(Collectors.toSet()))))));
        inviteEmployee.setLabel(getTranslation("training.invite-employee"));
        inviteEmployee.setItems(q -> employees.page(new EmployeeFilter(q.getFilter().orElse(""), null, null, true),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        inviteEmployee.setItemLabelGenerator(e -> e.fullName() + " — " + e.unitName());
        inviteEmployee.setWidth("420px");
        inviteEmployee.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                run(() -> attendance.inviteEmployee(sessionId, e.getValue().id()));
                inviteEmployee.clear();
            }
        });
        edit.setText(getTranslation("training.session.edit"));
        edit.setId("session-edit");
        edit.addClickListener(e -> new SessionDialog(trainings, units, sessionId, this::refresh).open());
        open.setText(getTranslation("training.open"));
        open.setId("session-open");
        open.addClickListener(e -> run(() -> trainings.setStatus(sessionId, SessionStatus.OPEN)));
        allPresent.setText(getTranslation("training.all-present"));
        allPresent.setId("all-present");
        allPresent.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        allPresent.addClickListener(e -> run(() -> attendance.markAllPresent(sessionId)));
        close.setText(getTranslation("training.close"));
        close.setId("session-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("training.close"),
                    getTranslation("training.close.confirm"), getTranslation("training.close"),
                    ok -> run(() -> attendance.close(sessionId)));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });

        participants.setId("participants");
        participants.addColumn(ParticipantRow::fullName).setHeader(getTranslation("employees.name")).setAutoWidth(true);
        participants.addColumn(ParticipantRow::nip).setHeader("NIP").setAutoWidth(true);
        participants.addColumn(ParticipantRow::unitName).setHeader(getTranslation("employees.unit")).setFlexGrow(1);
        participants.addComponentColumn(this::statusSelect).setHeader(getTranslation("training.attendance"))
                .setAutoWidth(true);
        participants.addComponentColumn(this::certificateCell).setHeader(getTranslation("certificate.title"))
                .setWidth("340px").setFlexGrow(0).setKey("certificate");
        participants.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        participants.setSizeFull();

        HorizontalLayout invitation = new HorizontalLayout(inviteUnits, invite, inviteEmployee);
        invitation.setWrap(true);
        invitation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(edit, open, allPresent, close, certificatesZip);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(title, info, actions, invitation, participants);
    }

    private Select<ParticipationStatus> statusSelect(ParticipantRow row) {
        Select<ParticipationStatus> select = new Select<>();
        select.setItems(ParticipationStatus.values());
        select.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        select.setValue(row.status());
        select.setItemEnabledProvider(ParticipationStatus.ATTENDANCE::contains);
        select.setId("attendance-" + row.employeeId());
        select.setEnabled(!done);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> attendance.setStatus(row.id(), e.getValue()));
            }
        });
        return select;
    }

    /** The certificate's number, "dicabut" when revoked, and the button that revokes it. */
    private Component certificateCell(ParticipantRow row) {
        Certificate certificate = certificateOf.get(row.id());
        if (certificate == null) {
            return new Span();
        }
        Span number = new Span(certificate.number());
        number.setId("certificate-" + row.employeeId());
        number.addClassName("certificate-number");
        if (certificate.revoked()) {
            Span revoked = new Span(getTranslation("certificate.revoked"));
            revoked.getElement().getThemeList().add("badge error");
            revoked.setTitle(certificate.revokeReason());
            return new HorizontalLayout(number, revoked);
        }
        Button revoke = new Button(getTranslation("certificate.revoke"), e -> revokeDialog(row, certificate));
        revoke.setId("revoke-" + row.employeeId());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout cell = new HorizontalLayout(number, revoke);
        cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private void revokeDialog(ParticipantRow row, Certificate certificate) {
        TextArea reason = new TextArea(getTranslation("certificate.revoke.reason"));
        reason.setId("revoke-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("certificate.revoke.title", certificate.number()));
        dialog.setWidth("min(520px, 95vw)");
        dialog.add(new Paragraph(getTranslation("certificate.revoke.text", row.fullName())), reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("certificate.revoke"));
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        // the dialog stays open while the reason is missing: the message goes to the field
        confirm.addClickListener(e -> {
            try {
                certificates.revoke(row.id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("certificate.revoked.done", certificate.number()));
                refresh();
            } catch (UserFacingException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(refused.getTranslationKey(), refused.getArguments()));
            }
        });
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        sessionId = id;
        try {
            refresh();
        } catch (UserFacingException missing) {
            // an address with a session id that does not exist (any more): the not-found page
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        SessionRow session = trainings.session(sessionId);
        title.setText(session.title());
        info.setText(TrainingFormat.dateTime(getLocale(), session.startsAt()) + " · "
                + TrainingFormat.jp(getLocale(), session.jp()) + " JP · "
                + getTranslation(session.status().translationKey()));
        done = session.status() == SessionStatus.DONE;
        certificateOf = done ? certificates.ofSession(sessionId).stream()
                .collect(Collectors.toMap(Certificate::participationId, Function.identity())) : Map.of();
        certificatesZip.setVisible(done && certificateOf.values().stream().anyMatch(Certificate::valid));
        participants.getColumnByKey("certificate").setVisible(done);
        open.setVisible(session.status() == SessionStatus.PLANNED);
        allPresent.setEnabled(!done);
        close.setEnabled(!done);
        invite.setEnabled(!done);
        inviteEmployee.setEnabled(!done);
        edit.setEnabled(!done);
        participants.setItems(attendance.participants(sessionId));
    }

    private void run(Runnable action) {
        Notifications.attempt(this, action);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.manage");
    }
}
