package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.training.ReviewData;
import id.plaju.pelita.training.ReviewDecision;
import id.plaju.pelita.training.ReviewStatus;
import java.util.function.Consumer;

/**
 * Opening or editing a curriculum review: findings, decision, owner, due date and status. A refusal
 * marks the field it is about and keeps the dialog open.
 */
class ReviewDialog extends Dialog {

    final TextArea findings = new TextArea();
    final Select<ReviewDecision> decision = new Select<>();
    final TextField owner = new TextField();
    final DatePicker dueDate = new DatePicker();
    final Select<ReviewStatus> status = new Select<>();
    final Button save = new Button();

    ReviewDialog(String title, ReviewData current, Today today, Consumer<ReviewData> action, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(640px, 100vw)");
        findings.setLabel(getTranslation("review.findings"));
        findings.setMaxLength(ReviewData.MAX_FINDINGS);
        findings.setMinHeight("8em");
        findings.setId("review-findings");
        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(getTranslation("review.decision.none"));
        decision.setItemLabelGenerator(d -> d == null ? getTranslation("review.decision.none")
                : getTranslation(d.translationKey()));
        decision.setId("review-decision");
        owner.setLabel(getTranslation("review.owner"));
        owner.setMaxLength(ReviewData.MAX_OWNER);
        owner.setPlaceholder(getTranslation("review.owner.example"));
        owner.setRequiredIndicatorVisible(true);
        owner.setId("review-owner");
        dueDate.setLabel(getTranslation("review.due-date"));
        dueDate.setRequiredIndicatorVisible(true);
        dueDate.setId("review-due-date");
        status.setLabel(getTranslation("review.status"));
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setId("review-status");
        if (current == null) {
            dueDate.setValue(today.date().plusDays(30));
            status.setValue(ReviewStatus.OPEN);
        } else {
            findings.setValue(current.findings() == null ? "" : current.findings());
            decision.setValue(current.decision());
            owner.setValue(current.owner());
            dueDate.setValue(current.dueDate());
            status.setValue(current.status());
        }
        FormLayout form = new FormLayout(findings, decision, status, owner, dueDate);
        form.setColspan(findings, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            findings.setInvalid(false);
            decision.setInvalid(false);
            owner.setInvalid(false);
            dueDate.setInvalid(false);
            try {
                action.accept(new ReviewData(findings.getValue(), decision.getValue(), owner.getValue(),
                        dueDate.getValue(), status.getValue()));
                Notifications.success(getTranslation("review.saved"));
                close();
                onSaved.run();
            } catch (UserFacingException ex) {
                String message = getTranslation(ex.getTranslationKey(), ex.getArguments());
                switch (ex.getTranslationKey()) {
                    case "review.error.owner", "review.error.owner-too-long" -> mark(owner, message);
                    case "review.error.due-date", "review.error.due-date-past" -> {
                        dueDate.setInvalid(true);
                        dueDate.setErrorMessage(message);
                    }
                    case "review.error.done-needs-decision", "review.error.revised" -> {
                        decision.setInvalid(true);
                        decision.setErrorMessage(message);
                    }
                    case "review.error.findings-too-long" -> {
                        findings.setInvalid(true);
                        findings.setErrorMessage(message);
                    }
                    default -> Notifications.error(this, ex);
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static void mark(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
