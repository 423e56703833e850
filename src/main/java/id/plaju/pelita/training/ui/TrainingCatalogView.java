package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.ParticipationStatus;
import id.plaju.pelita.training.RegistrationService;
import id.plaju.pelita.training.SessionFilter;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.SessionStatus;
import id.plaju.pelita.training.TrainingMode;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.PermitAll;

/** The training catalogue: sessions with filters; employees register and cancel here. */
@Route("trainings")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "menu.trainings")
@PermitAll
class TrainingCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingService trainings;
    private final RegistrationService registration;
    final Select<CompetencyType> competency = new Select<>();
    final Select<TrainingMode> mode = new Select<>();
    final Select<Delivery> delivery = new Select<>();
    final Select<String> when = new Select<>();
    final Grid<SessionRow> grid = new Grid<>(SessionRow.class, false);
    final Div details = new Div();
    final Button register = new Button();
    final Button cancel = new Button();
    private final ConfigurableFilterDataProvider<SessionRow, Void, SessionFilter> data;

    TrainingCatalogView(TrainingService trainings, RegistrationService registration) {
        this.trainings = trainings;
        this.registration = registration;
        setSizeFull();
        competency.setLabel(getTranslation("training.competency"));
        competency.setItems(CompetencyType.values());
        competency.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation(c.translationKey()));
        competency.setEmptySelectionAllowed(true);
        mode.setLabel(getTranslation("training.mode"));
        mode.setItems(TrainingMode.values());
        mode.setItemLabelGenerator(m -> m == null ? getTranslation("filter.all") : getTranslation(m.translationKey()));
        mode.setEmptySelectionAllowed(true);
        delivery.setLabel(getTranslation("training.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> d == null ? getTranslation("filter.all") : getTranslation(d.translationKey()));
        delivery.setEmptySelectionAllowed(true);
        when.setLabel(getTranslation("training.when"));
        when.setItems("upcoming", "past", "all");
        when.setItemLabelGenerator(w -> getTranslation("training.when." + w));
        when.setValue("upcoming");
        when.setId("training-when");
        HorizontalLayout filters = new HorizontalLayout(when, competency, mode, delivery);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("sessions");
        grid.addColumn(s -> TrainingFormat.dateTime(getLocale(), s.startsAt())).setHeader(getTranslation("training.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionRow::title).setHeader(getTranslation("training.programme")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.mode().translationKey())).setHeader(getTranslation("training.mode"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> TrainingFormat.jp(getLocale(), s.jp())).setHeader("JP").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.seatsLeft() == null ? "—" : String.valueOf(s.seatsLeft()))
                .setHeader(getTranslation("training.seats-left")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.status().translationKey())).setHeader(getTranslation("training.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.myStatus() == null ? "" : getTranslation(s.myStatus().translationKey()))
                .setHeader(getTranslation("training.my-status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        data = DataProvider.<SessionRow, SessionFilter>fromFilteringCallbacks(
                q -> trainings.sessions(q.getFilter().orElse(SessionFilter.none()), q.getOffset(), q.getLimit()).stream(),
                q -> trainings.countSessions(q.getFilter().orElse(SessionFilter.none()))).withConfigurableFilter();
        grid.setItems(data);
        grid.addSelectionListener(e -> showDetails(e.getFirstSelectedItem().orElse(null)));

        register.setText(getTranslation("training.register"));
        register.setId("session-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> act(true));
        cancel.setText(getTranslation("training.cancel"));
        cancel.setId("session-cancel");
        cancel.addClickListener(e -> act(false));
        details.addClassName("card");
        details.setWidthFull();
        details.setId("session-details");
        details.setVisible(false);

        competency.addValueChangeListener(e -> applyFilter());
        mode.addValueChangeListener(e -> applyFilter());
        delivery.addValueChangeListener(e -> applyFilter());
        when.addValueChangeListener(e -> applyFilter());
        add(filters, grid, details);
        applyFilter();
    }

    private void applyFilter() {
        data.setFilter(new SessionFilter(competency.getValue(), mode.getValue(), delivery.getValue(),
                switch (when.getValue()) {
                    case "upcoming" -> Boolean.TRUE;
                    case "past" -> Boolean.FALSE;
                    default -> null;
                }));
        details.setVisible(false);
    }

    void showDetails(SessionRow session) {
        details.removeAll();
        details.setVisible(session != null);
        if (session == null) {
            return;
        }
        boolean employee = CurrentUser.principal().map(PelitaUser::getEmployeeId).isPresent();
        details.add(new H3(session.title()),
                new Paragraph(TrainingFormat.dateTime(getLocale(), session.startsAt()) + " – "
                        + TrainingFormat.dateTime(getLocale(), session.endsAt())),
                new Paragraph(getTranslation("training.details", session.place() == null ? "—" : session.place(),
                        TrainingFormat.jp(getLocale(), session.jp()), getTranslation(session.delivery().translationKey()),
                        getTranslation(session.competency().translationKey()))));
        boolean canRegister = employee && session.status() == SessionStatus.OPEN
                && (session.myStatus() == null || session.myStatus() == ParticipationStatus.INVITED);
        boolean canCancel = employee && session.myStatus() == ParticipationStatus.REGISTERED;
        register.setVisible(canRegister);
        cancel.setVisible(canCancel);
        details.add(new HorizontalLayout(register, cancel));
    }

    private void act(boolean registering) {
        SessionRow session = grid.getSelectedItems().stream().findFirst().orElse(null);
        if (session == null) {
            return;
        }
        try {
            if (registering) {
                registration.register(session.id());
                Notifications.success(getTranslation("training.registered", session.title()));
            } else {
                registration.cancel(session.id());
                Notifications.success(getTranslation("training.cancelled", session.title()));
            }
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
        SessionRow fresh = trainings.session(session.id());
        data.refreshItem(fresh);
        data.refreshAll();
        grid.select(fresh);
        showDetails(fresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.trainings");
    }
}
