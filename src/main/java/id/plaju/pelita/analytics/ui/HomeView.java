package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.ui.CurrentUserProfile;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.learning.KnowledgeTestService;
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.ActivityRow;
import id.plaju.pelita.training.ActivityStatus;
import id.plaju.pelita.training.RegistrationService;
import id.plaju.pelita.analytics.JpPlan;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.need.NeedService;
import com.vaadin.flow.component.html.Span;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedger;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.ParticipationStatus;
import id.plaju.pelita.training.SessionFilter;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The landing page. Heads and admins go on to their unit dashboard; an employee sees their own
 * page: JP progress this year, the sessions they are registered or invited for, and the surveys
 * and evaluations waiting for them.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final EChart gauge = new EChart();
    final Div upcoming = new Div();
    final Div waiting = new Div();
    final Div plan = new Div();
    final Div activities = new Div();
    private final RegistrationService registration;

    HomeView(CurrentUserProfile profile, JpLedgerService ledger, TrainingService trainings,
            SurveyRoundService rounds, EvaluationService evaluations, KnowledgeTestService tests,
            FollowUpService followUps, RegistrationService registration, NeedService needs, Today today) {
        this.registration = registration;
        addClassName("home-view");
        setMaxWidth("1100px");
        add(new H2(getTranslation("home.welcome", profile.displayName().orElse(""))));
        if (CurrentUser.principal().map(PelitaUser::getEmployeeId).isEmpty() || seesDashboard()) {
            return;
        }
        int year = today.year();
        JpLedger mine = ledger.myLedger(year);
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        gauge.setId("jp-gauge");
        gauge.setWidthFull();
        gauge.setHeight("300px");
        gauge.setOption(ChartOption.gauge("JP " + year, mine.total().doubleValue(), Jp.YEARLY_TARGET.intValue())
                .title(getTranslation("home.jp", one.format(mine.total()), String.valueOf(year))));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        List<SessionRow> mySessions = trainings.sessions(new SessionFilter(null, null, null, true), 0, 50).stream()
                .filter(s -> s.myStatus() == ParticipationStatus.REGISTERED || s.myStatus() == ParticipationStatus.INVITED)
                .toList();
        upcoming.setId("home-sessions");
        upcoming.add(new H3(getTranslation("home.sessions")));
        if (mySessions.isEmpty()) {
            upcoming.add(new Paragraph(getTranslation("home.no-sessions")));
        } else {
            UnorderedList list = new UnorderedList();
            mySessions.forEach(s -> list.add(new ListItem(s.startsAt().toLocalDate().format(date) + " · " + s.title()
                    + " · " + getTranslation(s.myStatus().translationKey()))));
            upcoming.add(list);
        }
        upcoming.add(link("home.to-trainings", "trainings"));

        int openRounds = rounds.myOpenRounds().size();
        int pendingEvaluations = evaluations.pendingForMe().size();
        waiting.setId("home-waiting");
        waiting.add(new H3(getTranslation("home.waiting")),
                new Paragraph(getTranslation("home.waiting.text", openRounds, pendingEvaluations)),
                new Paragraph(getTranslation("home.waiting.learning", tests.pendingForMe().size(),
                        followUps.pendingForMe().size())),
                link("home.to-surveys", "surveys"));

        List<SessionRow> open = trainings.sessions(new SessionFilter(null, null, null, true), 0, 200);
        showPlan(JpPlan.of(mine.total(), today.date(), open, needs.programmesForMyUnit()), date, one);
        showActivities(ledger.myActivities().stream().filter(a -> a.date().getYear() == year).toList(), date);

        Div grid = new Div(card(gauge), card(plan), card(upcoming), card(waiting), card(activities));
        grid.addClassName("dashboard-grid");
        grid.setWidthFull();
        add(grid);
    }

    /** JP still needed and days left; the open sessions of this year that fit, the unit's needs first. */
    private void showPlan(JpPlan jpPlan, DateTimeFormatter date, NumberFormat one) {
        plan.removeAll();
        plan.setId("jp-plan");
        Paragraph needed = new Paragraph(jpPlan.reached()
                ? getTranslation("home.plan.reached", String.valueOf(jpPlan.year()))
                : getTranslation("home.plan.needed", one.format(jpPlan.needed()), String.valueOf(jpPlan.year()),
                        jpPlan.daysLeft()));
        needed.setId("plan-needed");
        plan.add(new H3(getTranslation("home.plan")), needed);
        if (jpPlan.suggestions().isEmpty()) {
            plan.add(new Paragraph(getTranslation("home.plan.no-sessions")));
        } else {
            if (!jpPlan.reached()) {
                plan.add(new Paragraph(getTranslation(jpPlan.suggestedJp().compareTo(jpPlan.needed()) >= 0
                        ? "home.plan.enough" : "home.plan.not-enough", one.format(jpPlan.suggestedJp()))));
            }
            Div list = new Div();
            list.addClassName("transcript-year");
            for (JpPlan.Suggestion suggestion : jpPlan.suggestions()) {
                SessionRow s = suggestion.session();
                Span title = new Span(s.title());
                title.addClassName("transcript-title");
                Span meta = new Span(s.startsAt().toLocalDate().format(date) + " · " + one.format(s.jp()) + " JP");
                meta.addClassName("transcript-meta");
                Div text = new Div(title, meta);
                text.addClassName("transcript-text");
                if (suggestion.forNeed()) {
                    Span need = new Span(getTranslation("home.plan.for-need"));
                    need.getElement().getThemeList().add("badge success");
                    text.add(need);
                }
                Button register = new Button(getTranslation(s.myStatus() == ParticipationStatus.INVITED
                        ? "home.plan.accept" : "home.plan.register"));
                register.setId("plan-register-" + s.id());
                register.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                register.addClickListener(e -> {
                    if (Notifications.attempt(this, () -> registration.register(s.id()))) {
                        Notifications.success(getTranslation("home.plan.registered", s.title()));
                        register.setEnabled(false);
                    }
                });
                Div row = new Div(text, register);
                row.addClassName("transcript-entry");
                list.add(row);
            }
            plan.add(list);
        }
        plan.add(link("home.plan.record", "jp"));
    }

    /** This year's nonklasikal activities with where each stands; a rejection with its reason. */
    private void showActivities(List<ActivityRow> mine, DateTimeFormatter date) {
        activities.setId("home-activities");
        activities.add(new H3(getTranslation("home.activities")));
        if (mine.isEmpty()) {
            activities.add(new Paragraph(getTranslation("home.activities.none")));
        } else {
            UnorderedList list = new UnorderedList();
            mine.forEach(a -> {
                Span status = new Span(getTranslation(a.status().translationKey()));
                status.getElement().getThemeList().add("badge " + switch (a.status()) {
                    case APPROVED -> "success";
                    case REJECTED -> "error";
                    case PENDING -> "contrast";
                });
                ListItem item = new ListItem(new Span(a.date().format(date) + " · " + a.title() + " · "), status);
                if (a.decisionNote() != null && a.status() == ActivityStatus.REJECTED) {
                    item.add(new Span(" " + getTranslation("home.activities.reason", a.decisionNote())));
                }
                list.add(item);
            });
            activities.add(list);
        }
        activities.add(link("home.plan.record", "jp"));
    }

    private static boolean seesDashboard() {
        return CurrentUser.hasRole(Roles.HEAD) || CurrentUser.hasRole(Roles.ADMIN);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (seesDashboard()) {
            event.forwardTo(DashboardView.class);
        }
    }

    private Button link(String key, String route) {
        Button button = new Button(getTranslation(key), e -> getUI().ifPresent(ui -> ui.navigate(route)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Div card(Component content) {
        Div card = new Div(content);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
