package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.training.EvaluationData;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.learning.PlannedAction;
import id.plaju.pelita.training.PendingEvaluation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of one attended session — four ratings 1–5, a clash question and a comment — and the
 * Rencana Tindak Lanjut: one to three actions with a target date, followed up after the session.
 */
public class EvaluationDialog extends Dialog {

    final RadioButtonGroup<Integer> relevance = rating("evaluation.relevance");
    final RadioButtonGroup<Integer> usefulness = rating("evaluation.usefulness");
    final RadioButtonGroup<Integer> intent = rating("evaluation.intent");
    final RadioButtonGroup<Integer> trainer = rating("evaluation.trainer");
    final RadioButtonGroup<Boolean> clash = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final List<TextField> actions = new ArrayList<>();
    final List<DatePicker> targets = new ArrayList<>();
    final Button submit = new Button();

    public EvaluationDialog(FollowUpService followUps, PendingEvaluation pending, Runnable onSubmitted) {
        setHeaderTitle(pending.title());
        setWidth("min(640px, 100vw)");
        clash.setLabel(getTranslation("evaluation.clash"));
        clash.setItems(Boolean.TRUE, Boolean.FALSE);
        clash.setItemLabelGenerator(b -> getTranslation(b ? "evaluation.yes" : "evaluation.no"));
        clash.setId("evaluation-clash");
        comment.setLabel(getTranslation("evaluation.comment"));
        comment.setMaxLength(EvaluationData.MAX_COMMENT);
        comment.setHelperText(getTranslation("evaluation.comment.help", EvaluationData.MAX_COMMENT));
        comment.setWidthFull();
        comment.setId("evaluation-comment");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("evaluation.scale")), relevance,
                usefulness, intent, trainer, clash, comment);
        form.setPadding(false);
        form.add(new H4(getTranslation("follow-up.plan")), new Paragraph(getTranslation("follow-up.plan.help",
                followUps.dueOn(pending.startsAt().toLocalDate()).format(DateTimeFormatter.ofLocalizedDate(
                        FormatStyle.LONG).withLocale(getLocale())))));
        for (int i = 1; i <= PlannedAction.MAX_ACTIONS; i++) {
            TextField action = new TextField(getTranslation("follow-up.action", i));
            action.setMaxLength(PlannedAction.MAX_LENGTH);
            action.setRequiredIndicatorVisible(i == 1);
            action.setPlaceholder(i == 1 ? getTranslation("follow-up.action.example") : "");
            action.setId("action-" + i);
            action.setWidthFull();
            DatePicker target = new DatePicker(getTranslation("follow-up.target"));
            target.setId("action-target-" + i);
            target.setMin(pending.startsAt().toLocalDate());
            target.setMax(pending.startsAt().toLocalDate().plusYears(1));
            HorizontalLayout row = new HorizontalLayout(action, target);
            row.setWidthFull();
            row.setFlexGrow(1, action);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("action-row");
            actions.add(action);
            targets.add(target);
            form.add(row);
        }
        add(form);
        submit.setText(getTranslation("evaluation.submit"));
        submit.setId("evaluation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            List<RadioButtonGroup<?>> required = List.of(relevance, usefulness, intent, trainer, clash);
            boolean missing = false;
            for (RadioButtonGroup<?> group : required) {
                group.setInvalid(group.getValue() == null);
                group.setErrorMessage(getTranslation("evaluation.required"));
                missing |= group.getValue() == null;
            }
            boolean noAction = actions.get(0).getValue().isBlank();
            actions.get(0).setInvalid(noAction);
            actions.get(0).setErrorMessage(getTranslation("follow-up.error.action-count", PlannedAction.MIN_ACTIONS,
                    PlannedAction.MAX_ACTIONS));
            missing |= noAction;
            if (missing) {
                submit.setEnabled(true);
                return;
            }
            try {
                List<PlannedAction> plan = new ArrayList<>();
                for (int i = 0; i < actions.size(); i++) {
                    plan.add(new PlannedAction(actions.get(i).getValue(), targets.get(i).getValue()));
                }
                followUps.submitEvaluation(pending.sessionId(), new EvaluationData(relevance.getValue(),
                        usefulness.getValue(), intent.getValue(), trainer.getValue(), clash.getValue(),
                        comment.getValue()), plan);
                Notifications.success(getTranslation("evaluation.thanks"));
                close();
                onSubmitted.run();
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                submit.setEnabled(true);
                if ("evaluation.error.already".equals(ex.getTranslationKey())) {
                    close();
                    onSubmitted.run();
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }

    private RadioButtonGroup<Integer> rating(String key) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setLabel(getTranslation(key));
        group.setItems(1, 2, 3, 4, 5);
        group.addClassName("rating");
        group.setId(key.replace('.', '-'));
        return group;
    }
}
