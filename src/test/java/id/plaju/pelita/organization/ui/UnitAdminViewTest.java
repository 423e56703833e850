package id.plaju.pelita.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.organization.UnitNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
@WithUserDetails("admin")
class UnitAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitCannotBeMovedUnderItsOwnSubUnit() {
        UnitAdminView view = navigate(UnitAdminView.class);
        UnitNode kecamatan = test(view.tree).getRow(0);
        assertThat(kecamatan.code()).isEqualTo("KEC-PLAJU");
        view.tree.select(kecamatan);

        test(view.move).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<UnitNode> parent = find(ComboBox.class, dialog).single();
        UnitNode ulu = parent.getListDataView().getItems().filter(u -> u.code().equals("KEL-PLAJU-ULU"))
                .findFirst().orElseThrow();
        test(parent).selectItem(ulu.label());
        test(find(Button.class, dialog).withId("dialog-save").single()).click();

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Unit Kecamatan Plaju tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya");
        assertThat(jdbc.sql("select parent_id from unit where code = 'KEC-PLAJU'").query(Long.class).optional())
                .isEmpty();
    }

    @Test
    void aNewUnitAppearsUnderTheSelectedOne() {
        UnitAdminView view = navigate(UnitAdminView.class);
        try {
            view.tree.select(test(view.tree).getRow(0));
            test(view.add).click();
            Dialog dialog = find(Dialog.class).single();
            test(find(TextField.class, dialog).withCaption("Kode").single()).setValue("kec-uji");
            test(find(TextField.class, dialog).withCaption("Nama unit").single()).setValue("Seksi Uji Coba");
            test(find(Button.class, dialog).withId("dialog-save").single()).click();

            assertThat(jdbc.sql("""
                    select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'KEC-UJI'""")
                    .query(String.class).single()).isEqualTo("KEC-PLAJU");
            assertThat(find(Dialog.class).all()).isEmpty();
        } finally {
            jdbc.sql("delete from audit_log where target = 'KEC-UJI'").update();
            jdbc.sql("delete from unit where code = 'KEC-UJI'").update();
        }
    }

    @Test
    void aNameLongerThanItsColumnIsRefusedOnTheFieldAndNothingIsSaved() {
        UnitAdminView view = navigate(UnitAdminView.class);
        long units = jdbc.sql("select count(*) from unit").query(Long.class).single();
        view.tree.select(test(view.tree).getRow(0));
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Kode").single()).setValue("KEC-PANJANG");
        TextField name = find(TextField.class, dialog).withCaption("Nama unit").single();
        test(name).setValue("x".repeat(10_000));
        test(find(Button.class, dialog).withId("dialog-save").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nama unit: paling banyak 150 karakter (sekarang 10.000)");
        assertThat(find(Notification.class).all()).as("the message is on the field, not covering it").isEmpty();
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isEqualTo(units);
    }
}
