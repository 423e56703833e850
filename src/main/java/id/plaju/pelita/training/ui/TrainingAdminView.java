package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.SessionFilter;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;

/**
 * Training administration: programmes with their evaluation figures (a programme rated
 * irrelevant is flagged for curriculum review, its comments one click away; double-click to edit)
 * and the sessions, each managed on its own page.
 */
@Route("admin/trainings")
@Menu(order = 70, icon = "vaadin:calendar-user", title = "menu.admin.trainings")
@RolesAllowed(Roles.ADMIN)
class TrainingAdminView extends VerticalLayout implements HasDynamicTitle {

    /** The address of a programme's scorecard, followed by its id. */
    static final String SCORECARD = "scorecard/";

    private final TrainingService trainings;
    private final EvaluationService evaluations;
    final Grid<ProgrammeRow> programmes = new Grid<>(ProgrammeRow.class, false);
    final Grid<SessionRow> sessions = new Grid<>(SessionRow.class, false);

    TrainingAdminView(TrainingService trainings, EvaluationService evaluations, UnitService units) {
        this.trainings = trainings;
        this.evaluations = evaluations;
        setSizeFull();
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());

        Button newProgramme = new Button(getTranslation("training.programme.new"), VaadinIcon.PLUS.create(),
                e -> new ProgrammeDialog(trainings, null, this::refresh).open());
        newProgramme.setId("programme-new");
        Button newSession = new Button(getTranslation("training.session.new"), VaadinIcon.CALENDAR.create(),
                e -> new SessionDialog(trainings, units.visibleActiveUnits(), null, this::refresh).open());
        newSession.setId("session-new");
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        programmes.setId("programmes");
        programmes.addColumn(p -> TrainingFormat.programme(this, p)).setHeader(getTranslation("training.programme"))
                .setFlexGrow(1);
        programmes.addColumn(p -> getTranslation(p.competency().translationKey()))
                .setHeader(getTranslation("training.competency")).setAutoWidth(true).setFlexGrow(0);
        programmes.addColumn(ProgrammeRow::sessions).setHeader(getTranslation("training.sessions")).setAutoWidth(true)
                .setFlexGrow(0);
        programmes.addColumn(ProgrammeRow::evaluations).setHeader(getTranslation("training.evaluations"))
                .setAutoWidth(true).setFlexGrow(0);
        programmes.addColumn(p -> p.meanRelevance() == null ? "—" : one.format(p.meanRelevance()))
                .setHeader(getTranslation("training.relevance")).setAutoWidth(true).setFlexGrow(0);
        programmes.addColumn(p -> p.clashShare() == null ? "—" : percent.format(p.clashShare()))
                .setHeader(getTranslation("training.clash")).setAutoWidth(true).setFlexGrow(0);
        programmes.addComponentColumn(p -> {
            if (!p.needsReview()) {
                return new Span();
            }
            Button review = new Button(getTranslation("training.needs-review"), VaadinIcon.WARNING.create(),
                    e -> comments(p));
            review.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            review.addClassName("needs-review");
            return review;
        }).setHeader(getTranslation("training.review")).setAutoWidth(true).setFlexGrow(0);
        programmes.addComponentColumn(p -> {
            // the scorecard lives with the dashboards (analytics), which this package may not name
            Button scorecard = new Button(getTranslation("training.scorecard"), VaadinIcon.CHART.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SCORECARD + p.id())));
            scorecard.addThemeVariants(ButtonVariant.LUMO_SMALL);
            scorecard.setId("scorecard-" + p.id());
            return scorecard;
        }).setAutoWidth(true).setFlexGrow(0);
        programmes.addThemeVariants(GridVariant.LUMO_COMPACT);
        programmes.addItemDoubleClickListener(e -> new ProgrammeDialog(trainings, e.getItem(), this::refresh).open());
        programmes.setHeight("300px");

        sessions.setId("admin-sessions");
        sessions.addColumn(s -> TrainingFormat.dateTime(getLocale(), s.startsAt())).setHeader(getTranslation("training.date"))
                .setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(SessionRow::title).setHeader(getTranslation("training.programme")).setFlexGrow(1);
        sessions.addColumn(s -> TrainingFormat.jp(getLocale(), s.jp())).setHeader("JP").setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(s -> s.seatsTaken() + (s.capacity() == null ? "" : " / " + s.capacity()))
                .setHeader(getTranslation("training.seats")).setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(s -> getTranslation(s.status().translationKey())).setHeader(getTranslation("training.status"))
                .setAutoWidth(true).setFlexGrow(0);
        sessions.addComponentColumn(s -> {
            Button manage = new Button(getTranslation("training.manage"),
                    e -> getUI().ifPresent(ui -> ui.navigate(SessionAdminView.class, s.id())));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            manage.setId("manage-" + s.id());
            return manage;
        }).setAutoWidth(true).setFlexGrow(0);
        sessions.setItems(q -> trainings.sessions(SessionFilter.none(), q.getOffset(), q.getLimit()).stream(),
                q -> trainings.countSessions(SessionFilter.none()));
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sessions.setSizeFull();

        add(new HorizontalLayout(newProgramme, newSession), new H3(getTranslation("training.programmes")), programmes,
                new H3(getTranslation("training.sessions")), sessions);
        refresh();
    }

    private void refresh() {
        programmes.setItems(trainings.programmes());
        sessions.getDataProvider().refreshAll();
    }

    private void comments(ProgrammeRow programme) {
        Dialog dialog = new Dialog(getTranslation("training.comments", programme.title()));
        dialog.setWidth("min(640px, 100vw)");
        List<String> comments = evaluations.comments(programme.id());
        UnorderedList list = new UnorderedList();
        comments.forEach(c -> list.add(new ListItem(c)));
        dialog.add(new Paragraph(getTranslation("training.review.explain", programme.evaluations())),
                comments.isEmpty() ? new Paragraph(getTranslation("training.no-comments")) : list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.trainings");
    }
}
