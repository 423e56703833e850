package id.plaju.pelita.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.plaju.pelita.organization.EmployeeFilter;
import id.plaju.pelita.organization.EmployeeRow;
import id.plaju.pelita.organization.EmployeeService;

/** A lazy list of employees: rows are fetched page by page from the (scoped) service. */
class EmployeeGrid extends Grid<EmployeeRow> {

    private final ConfigurableFilterDataProvider<EmployeeRow, Void, EmployeeFilter> data;

    EmployeeGrid(EmployeeService employees) {
        super(EmployeeRow.class, false);
        addColumn(EmployeeRow::nip).setHeader("NIP").setSortProperty("nip").setAutoWidth(true).setFlexGrow(0);
        addColumn(EmployeeRow::fullName).setHeader(getTranslation("employees.name")).setSortProperty("fullName")
                .setAutoWidth(true);
        addColumn(e -> e.golongan() == null ? "—" : e.golongan().code()).setHeader(getTranslation("employees.golongan"))
                .setSortProperty("golongan").setWidth("110px").setFlexGrow(0);
        addColumn(EmployeeRow::positionTitle).setHeader(getTranslation("employees.position-title"))
                .setWidth("240px").setFlexGrow(2);
        addColumn(EmployeeRow::unitName).setHeader(getTranslation("employees.unit")).setSortProperty("unit.name")
                .setWidth("220px").setFlexGrow(1);
        addColumn(e -> e.employmentType().name()).setHeader(getTranslation("employees.employment-type"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("employees.status")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        data = DataProvider.<EmployeeRow, EmployeeFilter>fromFilteringCallbacks(
                query -> employees.page(query.getFilter().orElse(EmployeeFilter.none()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) employees.count(query.getFilter().orElse(EmployeeFilter.none())))
                .withConfigurableFilter();
        setItems(data);
    }

    void filter(EmployeeFilter filter) {
        data.setFilter(filter);
    }
}
