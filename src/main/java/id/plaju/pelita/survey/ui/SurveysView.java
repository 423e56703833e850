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
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.survey.OpenRound;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.PendingEvaluation;
import id.plaju.pelita.training.ui.EvaluationDialog;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** My open surveys and evaluations: motivation survey rounds open for me, and sessions to evaluate. */
@Route("surveys")
@Menu(order = 30, icon = "vaadin:clipboard-check", title = "menu.surveys")
@PermitAll
class SurveysView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationService evaluations;
    private final SurveyRoundService rounds;
    final Div openRounds = new Div();
    final Div pending = new Div();

    SurveysView(EvaluationService evaluations, SurveyRoundService rounds) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        setMaxWidth("880px");
        openRounds.setId("open-rounds");
        openRounds.setWidthFull();
        pending.setId("pending-evaluations");
        pending.setWidthFull();
        add(new H3(getTranslation("surveys.rounds")), openRounds, new H3(getTranslation("surveys.evaluations")), pending);
        refresh();
    }

    void refresh() {
        openRounds.removeAll();
        pending.removeAll();
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
        List<PendingEvaluation> waiting = evaluations.pendingForMe();
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("surveys.nothing-pending")));
        }
        for (PendingEvaluation evaluation : waiting) {
            Button fill = new Button(getTranslation("surveys.fill"),
                    e -> new EvaluationDialog(evaluations, evaluation, this::refresh).open());
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fill.setId("evaluate-" + evaluation.sessionId());
            Div card = new Div(new H3(evaluation.title()),
                    new Paragraph(evaluation.startsAt().toLocalDate().format(date)), fill);
            card.addClassName("card");
            card.addClassName("evaluation-card");
            pending.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.surveys");
    }
}
