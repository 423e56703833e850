package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.learning.KnowledgeTestService;
import id.plaju.pelita.learning.TestItem;
import id.plaju.pelita.learning.TestPhase;
import id.plaju.pelita.learning.TestResult;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Taking a pre- or post-test, made for a phone: every item with large options on one page, then
 * the score. Only a test the participant may take now opens; anything else says why.
 */
@Route(TestView.ROUTE + "/:session([0-9]{1,18})/:phase(pre|post)")
@PermitAll
class TestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route of a test, followed by {@code /<session id>/pre} or {@code /post}. */
    static final String ROUTE = "surveys/test";

    private final KnowledgeTestService tests;
    final Div stage = new Div();
    final List<RadioButtonGroup<TestItem.Option>> answers = new ArrayList<>();
    private List<TestItem> items = List.of();
    private long sessionId;
    private TestPhase phase = TestPhase.PRE;

    TestView(KnowledgeTestService tests) {
        this.tests = tests;
        addClassName("survey-fill");
        setMaxWidth("640px");
        stage.setWidthFull();
        stage.setId("test-stage");
        add(stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("session").orElse(0L);
        phase = TestPhase.valueOf(event.getRouteParameters().get("phase").orElse("pre").toUpperCase(Locale.ROOT));
        stage.removeAll();
        answers.clear();
        try {
            items = tests.sheet(sessionId, phase);
        } catch (UserFacingException e) {
            stage.add(new Paragraph(getTranslation(e.getTranslationKey(), e.getArguments())), back());
            return;
        }
        stage.add(new H2(getTranslation(phase.translationKey())),
                new Paragraph(getTranslation("test.intro", items.size())));
        int number = 1;
        for (TestItem item : items) {
            RadioButtonGroup<TestItem.Option> group = new RadioButtonGroup<>();
            group.setLabel(number++ + ". " + item.question());
            group.setItems(item.options());
            group.setItemLabelGenerator(TestItem.Option::label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setId("test-item-" + (number - 1));
            group.addClassName("test-item");
            group.setWidthFull();
            answers.add(group);
            stage.add(group);
        }
        Button submit = new Button(getTranslation("test.submit"));
        submit.setId("test-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(submit));
        stage.add(submit);
    }

    private void submit(Button submit) {
        Map<Long, Long> chosen = new HashMap<>();
        boolean missing = false;
        for (int i = 0; i < items.size(); i++) {
            RadioButtonGroup<TestItem.Option> group = answers.get(i);
            group.setInvalid(group.getValue() == null);
            group.setErrorMessage(getTranslation("evaluation.required"));
            if (group.getValue() == null) {
                missing = true;
            } else {
                chosen.put(items.get(i).id(), group.getValue().id());
            }
        }
        if (missing) {
            Notifications.error(getTranslation("test.error.unanswered"));
            submit.setEnabled(true);
            return;
        }
        try {
            TestResult result = tests.submit(sessionId, phase, chosen);
            showResult(result);
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
            submit.setEnabled(true);
        }
    }

    private void showResult(TestResult result) {
        stage.removeAll();
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        Paragraph score = new Paragraph(getTranslation("test.result", result.correct(), result.items(),
                number.format(result.score())));
        score.setId("test-result");
        stage.add(new H2(getTranslation(phase.translationKey())), score,
                new Paragraph(getTranslation(phase == TestPhase.PRE ? "test.result.pre"
                        : result.passed() ? "test.result.passed" : "test.result.not-passed", result.passMark())),
                back());
    }

    private Button back() {
        Button back = new Button(getTranslation("test.back"), e -> getUI().ifPresent(ui -> ui.navigate("surveys")));
        back.setId("test-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(phase.translationKey());
    }
}
