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
import java.util.function.Function;

/** Create ({@code existing == null}) or edit a training programme. */
class ProgrammeDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<Delivery> delivery;
    final Select<TrainingMode> mode;
    final Select<CompetencyType> competency;
    final TextField topic = new TextField();
    final TextField organizer = new TextField();

    ProgrammeDialog(TrainingService trainings, ProgrammeRow existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "training.programme.new" : "training.programme.edit"));
        setWidth("min(720px, 100vw)");
        title.setLabel(getTranslation("training.title"));
        description.setLabel(getTranslation("training.description"));
        delivery = select("training.delivery", Delivery.values(), Delivery::translationKey);
        mode = select("training.mode", TrainingMode.values(), TrainingMode::translationKey);
        competency = select("training.competency", CompetencyType.values(), CompetencyType::translationKey);
        topic.setLabel(getTranslation("training.topic"));
        organizer.setLabel(getTranslation("training.organizer"));
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            delivery.setValue(existing.delivery());
            mode.setValue(existing.mode());
            competency.setValue(existing.competency());
            topic.setValue(existing.topic() == null ? "" : existing.topic());
            organizer.setValue(existing.organizer() == null ? "" : existing.organizer());
        }
        FormLayout form = new FormLayout(title, description, delivery, mode, competency, topic, organizer);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(this, this, () -> trainings.saveProgramme(existing == null ? null : existing.id(),
                    new ProgrammeData(title.getValue(), description.getValue(), delivery.getValue(), mode.getValue(),
                            competency.getValue(), topic.getValue(), organizer.getValue())))) {
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
