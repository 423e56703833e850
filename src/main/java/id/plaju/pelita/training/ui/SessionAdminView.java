package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
 * then change single rows) and close it.
 */
@Route("admin/trainings/session")
@RolesAllowed(Roles.ADMIN)
class SessionAdminView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingService trainings;
    private final AttendanceService attendance;
    private final List<UnitNode> units;
    private long sessionId;
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

    SessionAdminView(TrainingService trainings, AttendanceService attendance, UnitService unitService,
            EmployeeService employees) {
        this.trainings = trainings;
        this.attendance = attendance;
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
        participants.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        participants.setSizeFull();

        HorizontalLayout invitation = new HorizontalLayout(inviteUnits, invite, inviteEmployee);
        invitation.setWrap(true);
        invitation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, info, new HorizontalLayout(edit, open, allPresent, close), invitation, participants);
    }

    private Select<ParticipationStatus> statusSelect(ParticipantRow row) {
        Select<ParticipationStatus> select = new Select<>();
        select.setItems(ParticipationStatus.values());
        select.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        select.setValue(row.status());
        select.setItemEnabledProvider(ParticipationStatus.ATTENDANCE::contains);
        select.setId("attendance-" + row.employeeId());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> attendance.setStatus(row.id(), e.getValue()));
            }
        });
        return select;
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
        boolean done = session.status() == SessionStatus.DONE;
        open.setVisible(session.status() == SessionStatus.PLANNED);
        allPresent.setEnabled(!done);
        close.setEnabled(!done);
        invite.setEnabled(!done);
        inviteEmployee.setEnabled(!done);
        edit.setEnabled(!done);
        participants.setItems(attendance.participants(sessionId));
        participants.setEnabled(!done);
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
