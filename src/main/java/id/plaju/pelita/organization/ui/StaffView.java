package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** A head's view of the staff of the units they head (and their sub-units) — nobody else's. */
@Route("staff")
@Menu(order = 20, icon = "vaadin:group", title = "menu.staff")
@RolesAllowed(Roles.HEAD)
class StaffView extends VerticalLayout implements HasDynamicTitle {

    final EmployeeFilterBar filters;
    final EmployeeGrid grid;

    StaffView(EmployeeService employees, UnitService units) {
        setSizeFull();
        grid = new EmployeeGrid(employees);
        grid.setId("staff");
        grid.setSizeFull();
        filters = new EmployeeFilterBar(units.visibleActiveUnits(), this::applyFilter);
        add(new Paragraph(getTranslation("staff.help")), filters, grid);
        applyFilter();
    }

    private void applyFilter() {
        grid.filter(filters.filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.staff");
    }
}
