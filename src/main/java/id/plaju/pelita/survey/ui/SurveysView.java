package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.learning.KnowledgeTestService;
import id.plaju.pelita.learning.PendingFollowUp;
import id.plaju.pelita.learning.PendingRating;
import id.plaju.pelita.learning.PendingTest;
import id.plaju.pelita.learning.ui.EvaluationDialog;
import id.plaju.pelita.learning.ui.FollowUpDialog;
import id.plaju.pelita.learning.ui.RatingDialog;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.OpenRound;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.PendingEvaluation;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * What waits for me: motivation survey rounds open for me, pre- and post-tests, sessions to evaluate
 * (with the action plan), follow-ups of my action plans that are due, and — for a head — the
 * application of staff to rate as their atasan.
 */
@Route("surveys")
@Menu(order = 30, icon = "vaadin:clipboard-check", title = "menu.surveys")
@PermitAll
class SurveysView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationService evaluations;
    private final SurveyRoundService rounds;
    private final KnowledgeTestService tests;
    private final FollowUpService followUps;
    final Div openRounds = new Div();
    final Div openTests = new Div();
    final Div pending = new Div();
    final Div dueFollowUps = new Div();
    final Div ratings = new Div();
    private final H3 ratingsTitle = new H3();

    SurveysView(EvaluationService evaluations, SurveyRoundService rounds, KnowledgeTestService tests,
            FollowUpService followUps) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        this.tests = tests;
        this.followUps = followUps;
        setMaxWidth("880px");
        openRounds.setId("open-rounds");
        openTests.setId("open-tests");
        pending.setId("pending-evaluations");
        dueFollowUps.setId("due-follow-ups");
        ratings.setId("pending-ratings");
        ratingsTitle.setText(getTranslation("surveys.ratings"));
        for (Div section : List.of(openRounds, openTests, pending, dueFollowUps, ratings)) {
            section.setWidthFull();
        }
        add(new H3(getTranslation("surveys.rounds")), openRounds, new H3(getTranslation("surveys.tests")), openTests,
                new H3(getTranslation("surveys.evaluations")), pending, new H3(getTranslation("surveys.follow-ups")),
                dueFollowUps, ratingsTitle, ratings);
        refresh();
    }

    void refresh() {
        for (Div section : List.of(openRounds, openTests, pending, dueFollowUps, ratings)) {
            section.removeAll();
        }
        boolean head = CurrentUser.hasRole(Roles.HEAD);
        ratingsTitle.setVisible(head);
        ratings.setVisible(head);
        if (head) {
            showRatings();
        }
        if (CurrentUser.principal().map(PelitaUser::getEmployeeId).isEmpty()) {
            pending.add(new Paragraph(getTranslation("surveys.no-employee")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        List<OpenRound> open = rounds.myOpenRounds();
        if (open.isEmpty()) {
            openRounds.add(new Paragraph(getTranslation("surveys.no-rounds")));
        }
        for (OpenRound round : open) {
            Button fill = new Button(getTranslation(round.answered() > 0 ? "surveys.continue" : "surveys.start"),
                    e -> getUI().ifPresent(ui -> ui.navigate(SurveyFillView.class, round.id())));
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            fill.setId("round-" + round.id());
            Paragraph info = new Paragraph(getTranslation("surveys.round-info", round.closesOn().format(date),
                    round.answered(), round.items()));
            Div card = new Div(new H3(round.title()), info, fill);
            card.addClassName("card");
            card.addClassName("evaluation-card");
            openRounds.add(card);
        }
        List<PendingTest> taking = tests.pendingForMe();
        if (taking.isEmpty()) {
            openTests.add(new Paragraph(getTranslation("surveys.no-tests")));
        }
        for (PendingTest test : taking) {
            Button take = new Button(getTranslation("surveys.take-test"),
                    e -> getUI().ifPresent(ui -> ui.navigate(test.route())));
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setId("test-" + test.phase().name().toLowerCase(java.util.Locale.ROOT) + "-" + test.sessionId());
            openTests.add(card(test.title(), getTranslation(test.phase().translationKey()) + " · "
                    + getTranslation("surveys.test-info", test.items()) + " · "
                    + test.startsAt().toLocalDate().format(date), take));
        }
        List<PendingFollowUp> due = followUps.pendingForMe();
        if (due.isEmpty()) {
            dueFollowUps.add(new Paragraph(getTranslation("surveys.no-follow-ups")));
        }
        for (PendingFollowUp followUp : due) {
            Button fill = new Button(getTranslation("surveys.report"),
                    e -> new FollowUpDialog(followUps, followUp, this::refresh).open());
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fill.setId("follow-up-" + followUp.sessionId());
            dueFollowUps.add(card(followUp.title(), getTranslation("surveys.follow-up-info",
                    followUp.sessionDate().format(date), followUp.actions().size()), fill));
        }
        List<PendingEvaluation> waiting = evaluations.pendingForMe();
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("surveys.nothing-pending")));
        }
        for (PendingEvaluation evaluation : waiting) {
            Button fill = new Button(getTranslation("surveys.fill"),
                    e -> new EvaluationDialog(followUps, evaluation, this::refresh).open());
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fill.setId("evaluate-" + evaluation.sessionId());
            Div card = new Div(new H3(evaluation.title()),
                    new Paragraph(evaluation.startsAt().toLocalDate().format(date)), fill);
            card.addClassName("card");
            card.addClassName("evaluation-card");
            pending.add(card);
        }
    }

    private void showRatings() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        List<PendingRating> pendingRatings = followUps.pendingRatingsForMe();
        if (pendingRatings.isEmpty()) {
            ratings.add(new Paragraph(getTranslation("surveys.no-ratings")));
        }
        for (PendingRating rating : pendingRatings) {
            Button rate = new Button(getTranslation("surveys.rate"),
                    e -> new RatingDialog(followUps, rating, this::refresh).open());
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            rate.setId("rate-" + rating.sessionId() + "-" + rating.employeeId());
            ratings.add(card(rating.employeeName(), rating.title() + " · " + rating.sessionDate().format(date), rate));
        }
    }

    private static Div card(String title, String info, Button action) {
        Div card = new Div(new H3(title), new Paragraph(info), action);
        card.addClassName("card");
        card.addClassName("evaluation-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.surveys");
    }
}
