package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.plaju.pelita.organization.EmployeeFilter;
import id.plaju.pelita.organization.Golongan;
import id.plaju.pelita.organization.UnitNode;
import java.util.List;

/** Filters of an employee list: name or NIP, unit (within the viewer's scope), golongan, status. */
class EmployeeFilterBar extends HorizontalLayout {

    final TextField text = new TextField();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final ComboBox<Golongan> golongan = new ComboBox<>();
    final Select<String> status = new Select<>();

    EmployeeFilterBar(List<UnitNode> units, Runnable onChange) {
        text.setLabel(getTranslation("employees.search"));
        text.setPlaceholder(getTranslation("employees.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("employee-search");
        unit.setLabel(getTranslation("employees.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::name);
        unit.setClearButtonVisible(true);
        unit.setId("employee-unit");
        golongan.setLabel(getTranslation("employees.golongan"));
        golongan.setItems(Golongan.values());
        golongan.setItemLabelGenerator(Golongan::label);
        golongan.setClearButtonVisible(true);
        status.setLabel(getTranslation("employees.status"));
        status.setItems("all", "active", "inactive");
        status.setItemLabelGenerator(s -> getTranslation("employees.status." + s));
        status.setValue("active");
        text.addValueChangeListener(e -> onChange.run());
        unit.addValueChangeListener(e -> onChange.run());
        golongan.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        add(text, unit, golongan, status);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    EmployeeFilter filter() {
        return new EmployeeFilter(text.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                golongan.getValue(), switch (status.getValue()) {
                    case "active" -> Boolean.TRUE;
                    case "inactive" -> Boolean.FALSE;
                    default -> null;
                });
    }
}
