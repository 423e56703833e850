package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.training.EvaluationData;
import id.plaju.pelita.training.EvaluationService;
import id.plaju.pelita.training.PendingEvaluation;
import java.util.List;

/** The evaluation of one attended session: four ratings 1–5, a clash question and a comment. */
public class EvaluationDialog extends Dialog {

    final RadioButtonGroup<Integer> relevance = rating("evaluation.relevance");
    final RadioButtonGroup<Integer> usefulness = rating("evaluation.usefulness");
    final RadioButtonGroup<Integer> intent = rating("evaluation.intent");
    final RadioButtonGroup<Integer> trainer = rating("evaluation.trainer");
    final RadioButtonGroup<Boolean> clash = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button submit = new Button();

    public EvaluationDialog(EvaluationService evaluations, PendingEvaluation pending, Runnable onSubmitted) {
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
            if (missing) {
                submit.setEnabled(true);
                return;
            }
            try {
                evaluations.submit(pending.sessionId(), new EvaluationData(relevance.getValue(), usefulness.getValue(),
                        intent.getValue(), trainer.getValue(), clash.getValue(), comment.getValue()));
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
