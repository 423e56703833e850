package id.plaju.pelita.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.SessionData;
import id.plaju.pelita.training.TrainingService;
import java.util.List;
import java.util.stream.Collectors;

/** Create ({@code sessionId == null}) or edit a session: programme, times, place, capacity, JP, target units. */
class SessionDialog extends Dialog {

    final ComboBox<ProgrammeRow> programme = new ComboBox<>();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField place = new TextField();
    final IntegerField capacity = new IntegerField();
    final BigDecimalField jp = new BigDecimalField("JP");
    final MultiSelectComboBox<UnitNode> targetUnits = new MultiSelectComboBox<>();

    SessionDialog(TrainingService trainings, List<UnitNode> units, Long sessionId, Runnable onSaved) {
        setHeaderTitle(getTranslation(sessionId == null ? "training.session.new" : "training.session.edit"));
        setWidth("min(720px, 100vw)");
        SessionData existing = sessionId == null ? null : trainings.sessionData(sessionId);
        // a programme no longer offered (revised or stopped) takes no new session; its own sessions keep it
        List<ProgrammeRow> programmes = trainings.programmes().stream()
                .filter(p -> p.active() || existing != null && p.id() == existing.programmeId()).toList();
        programme.setLabel(getTranslation("training.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> TrainingFormat.programme(this, p));
        start.setLabel(getTranslation("training.start"));
        end.setLabel(getTranslation("training.end"));
        place.setLabel(getTranslation("training.place"));
        capacity.setLabel(getTranslation("training.capacity"));
        jp.setHelperText(getTranslation("training.jp.help"));
        targetUnits.setLabel(getTranslation("training.target-units"));
        targetUnits.setItems(units);
        targetUnits.setItemLabelGenerator(UnitNode::name);
        if (existing != null) {
            SessionData data = existing;
            programmes.stream().filter(p -> p.id() == data.programmeId()).findFirst().ifPresent(programme::setValue);
            start.setValue(data.startsAt());
            end.setValue(data.endsAt());
            place.setValue(data.place() == null ? "" : data.place());
            capacity.setValue(data.capacity());
            jp.setValue(data.jp());
            targetUnits.setValue(units.stream().filter(u -> data.targetUnitIds().contains(u.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(programme, place, start, end, capacity, jp, targetUnits);
        form.setColspan(targetUnits, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(this, this, () -> {
                if (programme.getValue() == null) {
                    throw new UserFacingException("training.error.programme-required");
                }
                trainings.saveSession(sessionId, new SessionData(programme.getValue().id(), start.getValue(),
                        end.getValue(), place.getValue(), capacity.getValue(), jp.getValue(),
                        targetUnits.getValue().stream().map(UnitNode::id).collect(Collectors.toSet())));
            })) {
                Notifications.success(getTranslation("action.saved"));
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("session-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
