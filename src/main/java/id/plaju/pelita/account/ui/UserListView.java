package id.plaju.pelita.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.plaju.pelita.account.AccountService;
import id.plaju.pelita.account.AccountSummary;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accounts and their roles, for administrators: create an account for an employee, change roles
 * and headed units, enable or disable, unlock, reset the password. Rows are fetched page by page.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.admin.users")
@RolesAllowed(Roles.ADMIN)
class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    final Button create = new Button(VaadinIcon.PLUS.create());
    final Button editRoles = new Button(VaadinIcon.KEY.create());
    final Button toggleEnabled = new Button();
    final Button unlock = new Button(VaadinIcon.UNLOCK.create());
    final Button resetPassword = new Button(VaadinIcon.PASSWORD.create());
    private final ConfigurableFilterDataProvider<AccountSummary, Void, String> data;

    UserListView(AccountService accounts, EmployeeService employees, UnitService units) {
        this.accounts = accounts;
        setSizeFull();
        search.setPlaceholder(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("account-search");

        create.setText(getTranslation("users.create"));
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> AccountDialog.create(accounts, employees, units.visibleActiveUnits(), temporary -> {
            refresh();
            new TemporaryPasswordDialog(temporary).open();
        }).open());
        editRoles.setText(getTranslation("users.roles.button"));
        editRoles.setId("account-roles-button");
        editRoles.addClickListener(e -> selected().ifPresent(a ->
                AccountDialog.roles(accounts, units.visibleActiveUnits(), a, this::refresh).open()));
        toggleEnabled.setId("account-toggle");
        toggleEnabled.addClickListener(e -> selected().ifPresent(a -> run(() -> {
            accounts.setEnabled(a.id(), !a.enabled());
            Notifications.success(getTranslation(a.enabled() ? "users.disabled.done" : "users.enabled.done", a.username()));
        })));
        unlock.setText(getTranslation("users.unlock"));
        unlock.setId("account-unlock");
        unlock.addClickListener(e -> selected().ifPresent(a -> run(() -> {
            accounts.unlock(a.id());
            Notifications.success(getTranslation("users.unlocked", a.username()));
        })));
        resetPassword.setText(getTranslation("users.reset"));
        resetPassword.setId("account-reset");
        resetPassword.addClickListener(e -> selected().ifPresent(a -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.reset"),
                    getTranslation("users.reset.confirm", a.username()), getTranslation("users.reset"),
                    ok -> run(() -> new TemporaryPasswordDialog(accounts.resetPassword(a.id())).open()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        }));
        HorizontalLayout toolbar = new HorizontalLayout(search, create, editRoles, toggleEnabled, unlock, resetPassword);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.name"))
                .setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        data = DataProvider.<AccountSummary, String>fromFilteringCallbacks(
                query -> accounts.page(query.getFilter().orElse(null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(query.getFilter().orElse(null)))
                .withConfigurableFilter();
        grid.setItems(data);
        grid.addSelectionListener(e -> updateButtons());
        search.addValueChangeListener(e -> data.setFilter(e.getValue()));
        add(toolbar, grid);
        updateButtons();
    }

    private Span status(AccountSummary a) {
        String key = !a.enabled() ? "users.disabled" : a.locked() ? "users.locked" : "users.enabled";
        Span span = new Span(getTranslation(key));
        span.addClassName(!a.enabled() ? "status-inactive" : a.locked() ? "status-locked" : "status-active");
        return span;
    }

    private Optional<AccountSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        AccountSummary a = selected().orElse(null);
        editRoles.setEnabled(a != null);
        toggleEnabled.setEnabled(a != null);
        unlock.setEnabled(a != null && a.locked());
        resetPassword.setEnabled(a != null);
        toggleEnabled.setText(getTranslation(a != null && !a.enabled() ? "users.enable" : "users.disable"));
        toggleEnabled.setIcon((a != null && !a.enabled() ? VaadinIcon.CHECK : VaadinIcon.BAN).create());
    }

    private void run(Runnable action) {
        Notifications.attempt(this, action);
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        data.refreshAll();
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
