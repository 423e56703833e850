package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.learning.PendingRating;

/** The atasan's follow-up: did the participant apply what they learned (1–5), and a note. */
public class RatingDialog extends Dialog {

    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();

    public RatingDialog(FollowUpService followUps, PendingRating pending, Runnable onSubmitted) {
        setHeaderTitle(pending.employeeName());
        setWidth("min(640px, 100vw)");
        UnorderedList plan = new UnorderedList();
        pending.actions().forEach(a -> plan.add(new ListItem(a.action())));
        rating.setLabel(getTranslation("follow-up.rating"));
        rating.setHelperText(getTranslation("follow-up.rating.help"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.addClassName("rating");
        rating.setId("application-rating");
        note.setLabel(getTranslation("follow-up.note"));
        note.setMaxLength(PendingRating.MAX_NOTE);
        note.setWidthFull();
        note.setId("application-note");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("follow-up.rating.session",
                pending.title())), new Paragraph(getTranslation("follow-up.rating.plan")), plan, rating, note);
        form.setPadding(false);
        add(form);
        submit.setText(getTranslation("follow-up.submit"));
        submit.setId("rating-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage(getTranslation("evaluation.required"));
                submit.setEnabled(true);
                return;
            }
            try {
                followUps.rate(pending.sessionId(), pending.employeeId(), rating.getValue(), note.getValue());
                Notifications.success(getTranslation("follow-up.rated"));
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
