package id.plaju.pelita.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.plaju.pelita.account.AccountService;
import id.plaju.pelita.account.AccountSummary;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Accounts and their roles, for administrators. Rows are fetched page by page. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.admin.users")
@RolesAllowed(Roles.ADMIN)
class UserListView extends VerticalLayout implements HasDynamicTitle {

    UserListView(AccountService accounts) {
        setSizeFull();
        Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.name"))
                .setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accounts.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
