package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.base.ui.SaveDialog;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.organization.UnitType;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The unit tree of Plaju: add, rename, move and (de)activate units. Units are never deleted. */
@Route("admin/units")
@Menu(order = 80, icon = "vaadin:sitemap", title = "menu.admin.units")
@RolesAllowed(Roles.ADMIN)
class UnitAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    final TreeGrid<UnitNode> tree = new TreeGrid<>();
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Button rename = new Button(VaadinIcon.EDIT.create());
    final Button move = new Button(VaadinIcon.ARROWS.create());
    final Button toggleActive = new Button();
    private List<UnitNode> all = List.of();

    UnitAdminView(UnitService units) {
        this.units = units;
        setSizeFull();
        add.setText(getTranslation("units.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openCreate());
        add.setId("unit-add");
        rename.setText(getTranslation("units.rename"));
        rename.addClickListener(e -> selected().ifPresent(this::openRename));
        move.setText(getTranslation("units.move"));
        move.addClickListener(e -> selected().ifPresent(this::openMove));
        toggleActive.addClickListener(e -> selected().ifPresent(this::toggle));
        HorizontalLayout toolbar = new HorizontalLayout(add, rename, move, toggleActive);
        toolbar.setWrap(true);

        tree.setId("units");
        tree.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("units.name")).setWidth("380px")
                .setFlexGrow(1);
        tree.addColumn(UnitNode::code).setHeader(getTranslation("units.code")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(u -> getTranslation("unit.type." + u.type())).setHeader(getTranslation("units.type"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(UnitNode::employees).setHeader(getTranslation("units.employees")).setAutoWidth(true)
                .setFlexGrow(0);
        tree.addComponentColumn(u -> {
            Span status = new Span(getTranslation(u.active() ? "status.active" : "status.inactive"));
            status.addClassName(u.active() ? "status-active" : "status-inactive");
            return status;
        }).setHeader(getTranslation("units.status")).setAutoWidth(true).setFlexGrow(0);
        tree.setSizeFull();
        tree.addSelectionListener(e -> updateButtons());
        add(toolbar, tree);
        reload();
    }

    private Optional<UnitNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    void reload() {
        Long selectedId = selected().map(UnitNode::id).orElse(null);
        all = units.all();
        Map<Long, List<UnitNode>> children = all.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(UnitNode::parentId));
        List<UnitNode> roots = all.stream().filter(u -> u.parentId() == null).toList();
        tree.setItems(roots, u -> children.getOrDefault(u.id(), List.of()).stream()
                .sorted(Comparator.comparing(UnitNode::name)).toList());
        tree.expandRecursively(roots, 1);
        all.stream().filter(u -> Objects.equals(u.id(), selectedId)).findFirst().ifPresent(tree::select);
        updateButtons();
    }

    private void updateButtons() {
        UnitNode unit = selected().orElse(null);
        rename.setEnabled(unit != null);
        move.setEnabled(unit != null);
        toggleActive.setEnabled(unit != null);
        toggleActive.setText(getTranslation(unit != null && !unit.active() ? "units.activate" : "units.deactivate"));
    }

    private void openCreate() {
        TextField code = new TextField(getTranslation("units.code"));
        TextField name = new TextField(getTranslation("units.name"));
        Select<UnitType> type = new Select<>();
        type.setLabel(getTranslation("units.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> getTranslation("unit.type." + t));
        type.setValue(UnitType.SEKSI);
        ComboBox<UnitNode> parent = unitPicker(getTranslation("units.parent"), all);
        selected().ifPresent(parent::setValue);
        dialog(getTranslation("units.add"), new FormLayout(code, name, type, parent), () ->
                units.create(code.getValue(), name.getValue(), type.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id()));
    }

    private void openRename(UnitNode unit) {
        TextField name = new TextField(getTranslation("units.name"));
        name.setValue(unit.name());
        dialog(getTranslation("units.rename"), new FormLayout(name), () -> units.rename(unit.id(), name.getValue()));
    }

    private void openMove(UnitNode unit) {
        ComboBox<UnitNode> parent = unitPicker(getTranslation("units.new-parent"),
                all.stream().filter(u -> u.id() != unit.id()).toList());
        all.stream().filter(u -> Objects.equals(u.id(), unit.parentId())).findFirst().ifPresent(parent::setValue);
        parent.setHelperText(getTranslation("units.new-parent.help"));
        dialog(getTranslation("units.move") + ": " + unit.name(), new FormLayout(parent),
                () -> units.move(unit.id(), parent.getValue() == null ? null : parent.getValue().id()));
    }

    private void toggle(UnitNode unit) {
        if (Notifications.attempt(this, () -> units.setActive(unit.id(), !unit.active()))) {
            Notifications.success(getTranslation(unit.active() ? "units.deactivated" : "units.activated", unit.name()));
            reload();
        }
    }

    private ComboBox<UnitNode> unitPicker(String label, List<UnitNode> options) {
        ComboBox<UnitNode> picker = new ComboBox<>(label);
        picker.setItems(options);
        picker.setItemLabelGenerator(UnitNode::label);
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        return picker;
    }

    private void dialog(String title, FormLayout form, Runnable save) {
        SaveDialog.open(this, title, form, "dialog-save", save, getTranslation("action.saved"), this::reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.units");
    }
}
