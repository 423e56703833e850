package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.organization.EmployeeData;
import id.plaju.pelita.organization.EmployeeProblem;
import id.plaju.pelita.organization.EmployeeRow;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.EmployeeValidationException;
import id.plaju.pelita.organization.EmploymentType;
import id.plaju.pelita.organization.Golongan;
import id.plaju.pelita.organization.Nip;
import id.plaju.pelita.organization.PositionFamily;
import id.plaju.pelita.organization.PositionLevel;
import id.plaju.pelita.organization.UnitNode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Create or edit one employee. The NIP is checked as it is typed, and the birth date and gender
 * it encodes are shown beside it; the service checks everything again and its refusals land on
 * the field they concern.
 */
class EmployeeFormDialog extends Dialog {

    final TextField nip = new TextField();
    final Span derived = new Span();
    final TextField fullName = new TextField();
    final ComboBox<Golongan> golongan = new ComboBox<>();
    final RadioButtonGroup<EmploymentType> employmentType = new RadioButtonGroup<>();
    final Select<PositionFamily> family = new Select<>();
    final Select<PositionLevel> level = new Select<>();
    final TextField title = new TextField();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final Map<EmployeeProblem.Field, HasValidation> fields;

    EmployeeFormDialog(EmployeeService employees, List<UnitNode> units, EmployeeRow existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "employees.new" : "employees.edit"));
        setWidth("min(720px, 100vw)");

        nip.setLabel("NIP");
        nip.setRequired(true);
        nip.setMaxLength(18);
        nip.setAllowedCharPattern("[0-9]");
        nip.setValueChangeMode(ValueChangeMode.EAGER);
        nip.addValueChangeListener(e -> checkNip());
        derived.addClassName("derived");
        derived.setId("nip-derived");
        fullName.setLabel(getTranslation("employees.name"));
        fullName.setRequired(true);
        golongan.setLabel(getTranslation("employees.golongan"));
        golongan.setItems(Golongan.values());
        golongan.setItemLabelGenerator(Golongan::label);
        golongan.setClearButtonVisible(true);
        employmentType.setLabel(getTranslation("employees.employment-type"));
        employmentType.setItems(EmploymentType.values());
        family.setLabel(getTranslation("employees.position-family"));
        family.setItems(PositionFamily.values());
        family.setItemLabelGenerator(f -> getTranslation("position.family." + f));
        family.addValueChangeListener(e -> levelsFor(e.getValue()));
        level.setLabel(getTranslation("employees.position-level"));
        level.setItemLabelGenerator(l -> l == null ? "—" : l.label());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("—");
        title.setLabel(getTranslation("employees.position-title"));
        title.setRequired(true);
        unit.setLabel(getTranslation("employees.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::name);
        unit.setRequired(true);
        active.setLabel(getTranslation("employees.active"));

        fields = Map.of(EmployeeProblem.Field.NIP, nip, EmployeeProblem.Field.FULL_NAME, fullName,
                EmployeeProblem.Field.GOLONGAN, golongan, EmployeeProblem.Field.EMPLOYMENT_TYPE, employmentType,
                EmployeeProblem.Field.POSITION_FAMILY, family, EmployeeProblem.Field.POSITION_LEVEL, level,
                EmployeeProblem.Field.POSITION_TITLE, title, EmployeeProblem.Field.UNIT, unit);

        if (existing != null) {
            nip.setValue(existing.nip());
            fullName.setValue(existing.fullName());
            golongan.setValue(existing.golongan());
            employmentType.setValue(existing.employmentType());
            family.setValue(existing.positionFamily());
            levelsFor(existing.positionFamily());
            level.setValue(existing.positionLevel());
            title.setValue(existing.positionTitle());
            units.stream().filter(u -> u.id() == existing.unitId()).findFirst().ifPresent(unit::setValue);
            active.setValue(existing.active());
        } else {
            employmentType.setValue(EmploymentType.PNS);
            family.setValue(PositionFamily.PELAKSANA);
            active.setValue(true);
        }

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.add(nip, derived, fullName, unit, employmentType, golongan, family, level, title, active);
        form.setColspan(fullName, 2);
        form.setColspan(title, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("employee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            EmployeeData data = new EmployeeData(nip.getValue(), fullName.getValue(), golongan.getValue(),
                    employmentType.getValue(), family.getValue(), level.getValue(), title.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(), active.getValue());
            try {
                EmployeeRow saved = employees.save(existing == null ? null : existing.id(), data);
                Notifications.success(getTranslation("employees.saved", saved.fullName()));
                close();
                onSaved.run();
            } catch (EmployeeValidationException ex) {
                ex.getProblems().forEach(this::show);
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void levelsFor(PositionFamily f) {
        List<PositionLevel> levels = f == null ? List.of()
                : Arrays.stream(PositionLevel.values()).filter(l -> l.family() == f).toList();
        level.setItems(levels);
        level.setEnabled(!levels.isEmpty());
    }

    private void checkNip() {
        String value = nip.getValue();
        Nip.Problem problem = value.length() < 18 ? null : Nip.validate(value);
        nip.setInvalid(problem != null);
        nip.setErrorMessage(problem == null ? null : getTranslation(problem.translationKey()));
        if (value.length() == 18 && problem == null) {
            Nip parsed = Nip.parse(value);
            derived.setText(getTranslation("employees.derived",
                    parsed.birthDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())),
                    getTranslation("gender." + parsed.gender())));
        } else {
            derived.setText("");
        }
    }

    private void show(EmployeeProblem problem) {
        HasValidation field = fields.get(problem.field());
        String message = getTranslation(problem.key(), problem.args());
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        fields.values().stream().filter(Objects::nonNull).forEach(f -> f.setInvalid(false));
    }
}
