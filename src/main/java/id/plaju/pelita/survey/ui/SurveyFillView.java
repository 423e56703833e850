package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.survey.Instrument;
import id.plaju.pelita.survey.SurveyResponseService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filling one survey round, made for a phone: first what happens with the answers, then one
 * statement per screen with large answer buttons and a progress bar. Every answer is saved as a
 * draft at once, so the employee can leave and come back; "Kirim" submits once and for all.
 */
@Route("surveys/round")
@PermitAll
class SurveyFillView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SurveyResponseService responses;
    private long roundId;
    private Instrument instrument;
    private final Map<Long, Integer> answers = new LinkedHashMap<>();
    private int position;
    final Div stage = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();

    SurveyFillView(SurveyResponseService responses) {
        this.responses = responses;
        addClassName("survey-fill");
        setMaxWidth("640px");
        setPadding(true);
        stage.setWidthFull();
        stage.setId("survey-stage");
        progressText.setId("survey-progress");
        progressText.addClassName("derived");
        add(progress, progressText, stage);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        roundId = id;
        try {
            instrument = responses.instrumentFor(id);
            answers.clear();
            answers.putAll(responses.draft(id));
            showIntro();
        } catch (UserFacingException e) {
            stage.removeAll();
            stage.add(new Paragraph(getTranslation(e.getTranslationKey(), e.getArguments())));
            progress.setVisible(false);
        }
    }

    void showIntro() {
        stage.removeAll();
        updateProgress();
        UnorderedList promises = new UnorderedList(new ListItem(getTranslation("survey.privacy.1")),
                new ListItem(getTranslation("survey.privacy.2")), new ListItem(getTranslation("survey.privacy.3")),
                new ListItem(getTranslation("survey.privacy.4")));
        Button start = new Button(getTranslation(answers.isEmpty() ? "surveys.start" : "surveys.continue"),
                e -> showItem(firstUnanswered()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setWidthFull();
        start.setId("survey-start");
        stage.add(new H2(instrument.name(getLocale())), new H3(getTranslation("survey.privacy.title")), promises,
                new Paragraph(getTranslation("survey.privacy.draft")), start);
    }

    void showItem(int index) {
        if (index >= instrument.items().size()) {
            showReview();
            return;
        }
        position = index;
        stage.removeAll();
        updateProgress();
        Instrument.Item item = instrument.items().get(index);
        Paragraph statement = new Paragraph(item.text(getLocale()));
        statement.addClassName("survey-statement");
        statement.setId("survey-statement");
        Div choices = new Div();
        choices.addClassName("survey-choices");
        for (Instrument.ScaleLabel label : instrument.labels()) {
            Button choice = new Button(label.point() + " · " + label.label(getLocale()), e -> answer(item, label.point()));
            choice.addClassName("survey-choice");
            choice.setId("choice-" + label.point());
            choice.setWidthFull();
            if (Integer.valueOf(label.point()).equals(answers.get(item.id()))) {
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            choices.add(choice);
        }
        Button back = new Button(getTranslation("survey.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> showItem(Math.max(0, position - 1)));
        back.setId("survey-back");
        back.setEnabled(index > 0);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stage.add(statement, choices, back);
    }

    private void answer(Instrument.Item item, int value) {
        answers.put(item.id(), value);
        try {
            responses.saveDraft(roundId, answers);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            return;
        }
        showItem(position + 1);
    }

    void showReview() {
        stage.removeAll();
        updateProgress();
        Button submit = new Button(getTranslation("survey.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setId("survey-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                responses.submit(roundId, answers);
                showThanks();
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                if ("survey.error.already".equals(ex.getTranslationKey())) {
                    showThanks();
                } else {
                    submit.setEnabled(true);
                }
            }
        });
        Button back = new Button(getTranslation("survey.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> showItem(instrument.items().size() - 1));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stage.add(new H3(getTranslation("survey.review.title")), new Paragraph(getTranslation("survey.review.text")),
                submit, back);
    }

    void showThanks() {
        stage.removeAll();
        progress.setValue(1);
        progressText.setText("");
        Button done = new Button(getTranslation("survey.done"),
                e -> getUI().ifPresent(ui -> ui.navigate(SurveysView.class)));
        done.setWidthFull();
        H2 thanks = new H2(getTranslation("survey.thanks"));
        thanks.setId("survey-thanks");
        stage.add(thanks, new Paragraph(getTranslation("survey.thanks.text")), done);
    }

    private int firstUnanswered() {
        for (int i = 0; i < instrument.items().size(); i++) {
            if (!answers.containsKey(instrument.items().get(i).id())) {
                return i;
            }
        }
        return instrument.items().size();
    }

    private void updateProgress() {
        int total = instrument.items().size();
        long done = instrument.items().stream().filter(i -> answers.containsKey(i.id())).count();
        progress.setValue(total == 0 ? 0 : (double) done / total);
        progressText.setText(getTranslation("survey.progress", done, total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.surveys");
    }
}
