package id.plaju.pelita.kinerja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.kinerja.PerformanceRating;
import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.kinerja.ServiceSatisfaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PelitaSpringTest
@Transactional
class KinerjaViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesTheirOwnPredikatAndNoOneElses() {
        KinerjaView view = navigate(KinerjaView.class);
        assertThat(view.mine.getElement().getTextRecursively()).contains("2025").contains("2024");
        assertThat(view.staff.isAttached()).isFalse();
        assertThat(view.ikmGrid.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadCorrectsAStaffMembersPredikatInTheDialogButNotTheirOwn() {
        KinerjaView view = navigate(KinerjaView.class);
        assertThat(view.year.getValue()).isEqualTo(2025);
        List<PerformanceRating> rows = view.staff.getGenericDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.unitName()).isEqualTo("Kelurahan Plaju Ulu"));
        long own = employeeOf("kepala");
        long pegawai = employeeOf("pegawai");
        assertThat(view.editButton(row(rows, own))).as("no button on one's own row").isNotInstanceOf(Button.class);
        assertThat(view.editButton(row(rows, pegawai))).isInstanceOf(Button.class);

        view.openRatingDialog(row(rows, pegawai));
        @SuppressWarnings("unchecked")
        Select<Predikat> predikat = find(Select.class).withId("rating-predikat").single();
        predikat.setValue(Predikat.KURANG);
        test(find(Button.class).withId("rating-save").single()).click();

        assertThat(jdbc.sql("select predikat from performance_rating where employee_id = ? and rating_year = 2025")
                .param(pegawai).query(String.class).single()).isEqualTo("KURANG");
        assertThat(view.staff.getGenericDataView().getItems().filter(r -> r.employeeId() == pegawai).findFirst()
                .orElseThrow().predikat()).isEqualTo(Predikat.KURANG);
        assertThat(view.ikmGrid.getGenericDataView().getItems().count()).isEqualTo(4);
        assertThat(view.ikmGrid.getGenericDataView().getItems().map(ServiceSatisfaction::period))
                .containsExactly("2026-I", "2025-II", "2025-I", "2024-II");
        assertThat(view.importButton.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminImportsOnlyAFileWithoutProblems() {
        KinerjaView view = navigate(KinerjaView.class);
        test(view.importButton).click();
        RatingImportDialog dialog = find(RatingImportDialog.class).single();
        String nip = jdbc.sql("select nip from employee where active order by id limit 1").query(String.class).single();

        dialog.showPreview("salah.csv", ("nip,tahun,predikat\n" + nip + ",2025,Istimewa\n").getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.summary.getText()).contains("1 bermasalah");

        dialog.showPreview("benar.csv", ("nip,tahun,predikat\n" + nip + ",2025,Sangat Baik\n").getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importButton.isEnabled()).isTrue();
        test(dialog.importButton).click();
        assertThat(jdbc.sql("select r.predikat from performance_rating r join employee e on e.id = r.employee_id"
                + " where e.nip = ? and r.rating_year = 2025").param(nip).query(String.class).single())
                .isEqualTo("SANGAT_BAIK");
        assertThat(view.ikmButton.isAttached()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCorrectsAnIkmInTheDialogAndAValueOffTheScaleIsRefused() {
        KinerjaView view = navigate(KinerjaView.class);
        // the dialog opens on this year's first semester, which the demo data already recorded
        java.util.function.Supplier<java.math.BigDecimal> komperta = () -> view.ikmGrid.getGenericDataView().getItems()
                .filter(s -> s.unitName().equals("Kelurahan Komperta") && s.period().equals("2026-I")).findFirst()
                .orElseThrow().ikm();
        java.math.BigDecimal before = komperta.get();
        test(view.ikmButton).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<id.plaju.pelita.organization.UnitNode> unit =
                find(com.vaadin.flow.component.combobox.ComboBox.class).withId("ikm-unit").single();
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.name().equals("Kelurahan Komperta")).findFirst()
                .orElseThrow());
        com.vaadin.flow.component.textfield.BigDecimalField value =
                find(com.vaadin.flow.component.textfield.BigDecimalField.class).withId("ikm-value").single();
        com.vaadin.flow.component.textfield.IntegerField respondents =
                find(com.vaadin.flow.component.textfield.IntegerField.class).withId("ikm-respondents").single();
        respondents.setValue(150);

        value.setValue(new java.math.BigDecimal("120"));
        test(find(Button.class).withId("ikm-save").single()).click();
        assertThat(komperta.get()).as("refused, nothing written").isEqualByComparingTo(before);

        value.setValue(new java.math.BigDecimal("81.5"));
        test(find(Button.class).withId("ikm-save").single()).click();
        assertThat(komperta.get()).as("corrected").isEqualByComparingTo("81.50");
    }

    private static PerformanceRating row(List<PerformanceRating> rows, long employeeId) {
        return rows.stream().filter(r -> r.employeeId() == employeeId).findFirst().orElseThrow();
    }

    private long employeeOf(String username) {
        return jdbc.sql("select employee_id from user_account where username = ?").param(username).query(Long.class).single();
    }
}
