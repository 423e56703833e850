package id.plaju.pelita.training.ui;

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
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.PendingEvaluation;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** My open surveys and evaluations: today the evaluations of sessions I attended. */
@Route("surveys")
@Menu(order = 30, icon = "vaadin:clipboard-check", title = "menu.surveys")
@PermitAll
class SurveysView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationService evaluations;
    final Div pending = new Div();

    SurveysView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        setMaxWidth("880px");
        pending.setId("pending-evaluations");
        pending.setWidthFull();
        add(new H3(getTranslation("surveys.evaluations")), pending);
        refresh();
    }

    void refresh() {
        pending.removeAll();
        if (CurrentUser.principal().map(PelitaUser::getEmployeeId).isEmpty()) {
            pending.add(new Paragraph(getTranslation("surveys.no-employee")));
            return;
        }
        List<PendingEvaluation> open = evaluations.pendingForMe();
        if (open.isEmpty()) {
            pending.add(new Paragraph(getTranslation("surveys.nothing-pending")));
        }
        for (PendingEvaluation evaluation : open) {
            Button fill = new Button(getTranslation("surveys.fill"),
                    e -> new EvaluationDialog(evaluations, evaluation, this::refresh).open());
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fill.setId("evaluate-" + evaluation.sessionId());
            Div card = new Div(new H3(evaluation.title()),
                    new Paragraph(TrainingFormat.dateTime(getLocale(), evaluation.startsAt())), fill);
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
