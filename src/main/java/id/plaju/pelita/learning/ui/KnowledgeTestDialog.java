package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.learning.KnowledgeTestService;
import id.plaju.pelita.learning.TestBankText;
import id.plaju.pelita.learning.TestVersion;
import id.plaju.pelita.training.ProgrammeRow;
import java.util.Optional;

/**
 * Writing a programme's test as plain text (questions, options marked {@code *} correct and
 * {@code -} wrong, a blank line between items) and its pass mark. A version that has been taken
 * is kept: saving creates the next one, as the dialog says.
 */
class KnowledgeTestDialog extends Dialog {

    final TextArea text = new TextArea();
    final IntegerField passMark = new IntegerField();
    final Button save = new Button();

    KnowledgeTestDialog(KnowledgeTestService tests, ProgrammeRow programme, Runnable onSaved) {
        setHeaderTitle(programme.title());
        setWidth("min(820px, 100vw)");
        Optional<TestVersion> current = tests.current(programme.id());
        text.setLabel(getTranslation("tests.text"));
        text.setWidthFull();
        text.setMinHeight("18em");
        text.setId("test-text");
        text.setValue(current.map(v -> TestBankText.format(v.items())).orElse(""));
        passMark.setLabel(getTranslation("tests.pass-mark"));
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setStepButtonsVisible(true);
        passMark.setValue(current.map(TestVersion::passMark).orElse(KnowledgeTestService.DEFAULT_PASS_MARK));
        passMark.setId("test-pass-mark");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("tests.format")),
                new Pre(getTranslation("tests.format.example")), text, passMark);
        form.setPadding(false);
        current.filter(TestVersion::locked).ifPresent(v -> form.addComponentAsFirst(
                new Paragraph(getTranslation("tests.locked", v.versionNo(), v.attempts()))));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("test-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                TestVersion saved = tests.save(programme.id(), text.getValue(),
                        passMark.getValue() == null ? 0 : passMark.getValue());
                Notifications.success(getTranslation("tests.saved", saved.versionNo(), saved.items().size()));
                close();
                onSaved.run();
            } catch (UserFacingException ex) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(ex.getTranslationKey(), ex.getArguments()));
                Notifications.error(this, ex);
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
