package id.plaju.pelita.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.account.AccountService;
import id.plaju.pelita.account.AccountSummary;
import id.plaju.pelita.account.TemporaryPassword;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.organization.EmployeeFilter;
import id.plaju.pelita.organization.EmployeeRow;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.security.Roles;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Create an account for an employee, or change an account's roles and the units it heads. The
 * headed units are asked for only when the HEAD role is ticked.
 */
class AccountDialog extends Dialog {

    final ComboBox<EmployeeRow> employee = new ComboBox<>();
    final TextField username = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<UnitNode> headedUnits = new MultiSelectComboBox<>();
    final Button save = new Button();

    /** Create mode: {@code onCreated} receives the temporary password to show once. */
    static AccountDialog create(AccountService accounts, EmployeeService employees, List<UnitNode> units,
            Consumer<TemporaryPassword> onCreated) {
        AccountDialog dialog = new AccountDialog(units);
        dialog.setHeaderTitle(dialog.getTranslation("users.create"));
        dialog.employee.setLabel(dialog.getTranslation("users.employee"));
        dialog.employee.setId("account-employee");
        dialog.employee.setItems(query -> employees.page(
                        new EmployeeFilter(query.getFilter().orElse(""), null, null, true),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        dialog.employee.setItemLabelGenerator(e -> e.fullName() + " — " + e.nip() + " — " + e.unitName());
        dialog.employee.setRequired(true);
        dialog.employee.setWidthFull();
        dialog.employee.addValueChangeListener(e -> dialog.username.setPlaceholder(
                e.getValue() == null ? "" : e.getValue().nip()));
        dialog.username.setLabel(dialog.getTranslation("users.username"));
        dialog.username.setHelperText(dialog.getTranslation("users.username.help"));
        dialog.username.setId("account-username");
        dialog.roles.setValue(Set.of(Roles.EMPLOYEE));
        dialog.layout(new FormLayout(dialog.employee, dialog.username, dialog.roles, dialog.headedUnits));
        dialog.save.addClickListener(e -> {
            if (dialog.employee.getValue() == null) {
                dialog.employee.setErrorMessage(dialog.getTranslation("users.error.employee-required"));
                dialog.employee.setInvalid(true);
                return;
            }
            dialog.attempt(() -> onCreated.accept(accounts.create(dialog.employee.getValue().id(),
                    dialog.username.getValue(), dialog.roles.getValue(), dialog.unitIds())));
        });
        return dialog;
    }

    /** Roles mode, for an existing account. */
    static AccountDialog roles(AccountService accounts, List<UnitNode> units, AccountSummary account,
            Runnable onSaved) {
        AccountDialog dialog = new AccountDialog(units);
        dialog.setHeaderTitle(dialog.getTranslation("users.roles.edit", account.username()));
        dialog.roles.setValue(account.roles());
        dialog.headedUnits.setValue(units.stream().filter(u -> account.headedUnitIds().contains(u.id()))
                .collect(Collectors.toSet()));
        dialog.layout(new FormLayout(dialog.roles, dialog.headedUnits));
        dialog.save.addClickListener(e -> dialog.attempt(() -> {
            accounts.updateRoles(account.id(), dialog.roles.getValue(), dialog.unitIds());
            Notifications.success(dialog.getTranslation("users.roles.saved", account.username()));
            onSaved.run();
        }));
        return dialog;
    }

    private AccountDialog(List<UnitNode> units) {
        setWidth("min(640px, 100vw)");
        roles.setLabel(getTranslation("users.roles"));
        roles.setId("account-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.addValueChangeListener(e -> headedUnits.setVisible(e.getValue().contains(Roles.HEAD)));
        headedUnits.setLabel(getTranslation("users.headed-units"));
        headedUnits.setId("account-units");
        headedUnits.setItems(units);
        headedUnits.setItemLabelGenerator(UnitNode::name);
        headedUnits.setWidthFull();
        headedUnits.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void layout(FormLayout form) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    private Set<Long> unitIds() {
        return headedUnits.getValue().stream().map(UnitNode::id).collect(Collectors.toSet());
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            close();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
