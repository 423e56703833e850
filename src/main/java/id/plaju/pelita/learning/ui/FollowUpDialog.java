package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.learning.ActionItem;
import id.plaju.pelita.learning.ActionReport;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.learning.Obstacle;
import id.plaju.pelita.learning.Outcome;
import id.plaju.pelita.learning.PendingFollowUp;
import java.util.ArrayList;
import java.util.List;

/** The participant's follow-up of their Rencana Tindak Lanjut: per action, its outcome, an example and the obstacle. */
public class FollowUpDialog extends Dialog {

    final List<RadioButtonGroup<Outcome>> outcomes = new ArrayList<>();
    final List<TextArea> examples = new ArrayList<>();
    final List<Select<Obstacle>> obstacles = new ArrayList<>();
    final Button submit = new Button();

    public FollowUpDialog(FollowUpService followUps, PendingFollowUp followUp, Runnable onSubmitted) {
        setHeaderTitle(followUp.title());
        setWidth("min(640px, 100vw)");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("follow-up.report.help")));
        form.setPadding(false);
        for (ActionItem action : followUp.actions()) {
            RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("follow-up.outcome"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
            outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            outcome.setId("outcome-" + action.position());
            TextArea example = new TextArea(getTranslation("follow-up.example"));
            example.setMaxLength(ActionReport.MAX_EXAMPLE);
            example.setWidthFull();
            example.setId("example-" + action.position());
            Select<Obstacle> obstacle = new Select<>();
            obstacle.setLabel(getTranslation("follow-up.obstacle"));
            obstacle.setItems(Obstacle.values());
            obstacle.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.translationKey()));
            obstacle.setId("obstacle-" + action.position());
            obstacle.setWidthFull();
            outcome.addValueChangeListener(e -> obstacle.setVisible(e.getValue() != Outcome.DONE));
            outcomes.add(outcome);
            examples.add(example);
            obstacles.add(obstacle);
            form.add(new H4(action.position() + ". " + action.action()), outcome, example, obstacle);
        }
        add(form);
        submit.setText(getTranslation("follow-up.submit"));
        submit.setId("follow-up-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            List<ActionReport> reports = new ArrayList<>();
            for (int i = 0; i < followUp.actions().size(); i++) {
                reports.add(new ActionReport(followUp.actions().get(i).id(), outcomes.get(i).getValue(),
                        examples.get(i).getValue(), obstacles.get(i).getValue()));
            }
            try {
                followUps.report(followUp.sessionId(), reports);
                Notifications.success(getTranslation("follow-up.thanks"));
                close();
                onSubmitted.run();
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                submit.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }
}
