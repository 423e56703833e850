package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.ProgrammeData;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.TrainingMode;
import id.plaju.pelita.training.TrainingService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Create ({@code existing == null}) or edit a training programme; or, from elsewhere (the needs
 * analysis), a new programme with proposed values that a given action saves.
 */
public class ProgrammeDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<Delivery> delivery;
    final Select<TrainingMode> mode;
    final Select<CompetencyType> competency;
    final TextField topic = new TextField();
    final TextField organizer = new TextField();

    ProgrammeDialog(TrainingService trainings, ProgrammeRow existing, Runnable onSaved) {
        this(existing == null ? "training.programme.new" : "training.programme.edit",
                existing == null ? null : new ProgrammeData(existing.title(), existing.description(), existing.delivery(),
                        existing.mode(), existing.competency(), existing.topic(), existing.organizer()),
                data -> trainings.saveProgramme(existing == null ? null : existing.id(), data), onSaved);
    }

    /** A programme dialog showing {@code initial} (null: defaults) whose save button hands the values to {@code save}. */
    public ProgrammeDialog(String headerKey, ProgrammeData initial, Consumer<ProgrammeData> saveAction,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(headerKey));
        setWidth("min(720px, 100vw)");
        title.setLabel(getTranslation("training.title"));
        description.setLabel(getTranslation("training.description"));
        delivery = select("training.delivery", Delivery.values(), Delivery::translationKey);
        mode = select("training.mode", TrainingMode.values(), TrainingMode::translationKey);
        competency = select("training.competency", CompetencyType.values(), CompetencyType::translationKey);
        topic.setLabel(getTranslation("training.topic"));
        organizer.setLabel(getTranslation("training.organizer"));
        if (initial != null) {
            title.setValue(initial.title() == null ? "" : initial.title());
            description.setValue(initial.description() == null ? "" : initial.description());
            delivery.setValue(initial.delivery() == null ? Delivery.WORKSHOP : initial.delivery());
            mode.setValue(initial.mode() == null ? TrainingMode.values()[0] : initial.mode());
            competency.setValue(initial.competency() == null ? CompetencyType.TEKNIS : initial.competency());
            topic.setValue(initial.topic() == null ? "" : initial.topic());
            organizer.setValue(initial.organizer() == null ? "" : initial.organizer());
        }
        FormLayout form = new FormLayout(title, description, delivery, mode, competency, topic, organizer);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(this, this, () -> saveAction.accept(new ProgrammeData(title.getValue(),
                    description.getValue(), delivery.getValue(), mode.getValue(), competency.getValue(), topic.getValue(),
                    organizer.getValue())))) {
                Notifications.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("programme-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private <T extends Enum<T>> Select<T> select(String label, T[] values, Function<T, String> key) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
        select.setValue(values[0]);
        return select;
    }
}
