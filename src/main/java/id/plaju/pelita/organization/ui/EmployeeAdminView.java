package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.organization.EmployeeImportService;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The employee registry for administrators: filter, add, edit, import. */
@Route("admin/employees")
@Menu(order = 85, icon = "vaadin:user-card", title = "menu.admin.employees")
@RolesAllowed(Roles.ADMIN)
class EmployeeAdminView extends VerticalLayout implements HasDynamicTitle {

    final EmployeeFilterBar filters;
    final EmployeeGrid grid;
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Button edit = new Button(VaadinIcon.EDIT.create());
    final Button importButton = new Button(VaadinIcon.UPLOAD.create());

    EmployeeAdminView(EmployeeService employees, EmployeeImportService importer, UnitService units) {
        setSizeFull();
        grid = new EmployeeGrid(employees);
        grid.setId("employees");
        grid.setSizeFull();
        filters = new EmployeeFilterBar(units.visibleActiveUnits(), this::applyFilter);

        add.setText(getTranslation("employees.add"));
        add.setId("employee-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new EmployeeFormDialog(employees, units.visibleActiveUnits(), null,
                grid.getDataProvider()::refreshAll).open());
        edit.setText(getTranslation("employees.edit"));
        edit.setEnabled(false);
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(row ->
                new EmployeeFormDialog(employees, units.visibleActiveUnits(), employees.get(row.id()),
                        grid.getDataProvider()::refreshAll).open()));
        grid.addSelectionListener(e -> edit.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(e -> new EmployeeFormDialog(employees, units.visibleActiveUnits(),
                employees.get(e.getItem().id()), grid.getDataProvider()::refreshAll).open());
        importButton.setText(getTranslation("employees.import"));
        importButton.setId("employee-import");
        importButton.addClickListener(e -> new EmployeeImportDialog(importer, grid.getDataProvider()::refreshAll).open());

        HorizontalLayout actions = new HorizontalLayout(add, edit, importButton);
        add(filters, actions, grid);
        applyFilter();
    }

    private void applyFilter() {
        grid.filter(filters.filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.employees");
    }
}
