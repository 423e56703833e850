package id.plaju.pelita.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.organization.EmployeeImportService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
@WithUserDetails("admin")
class EmployeeAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployeeImportService importer;

    @Test
    void theNipFieldShowsWhatTheNipSaysAndWhatIsWrongWithIt() {
        EmployeeAdminView view = navigate(EmployeeAdminView.class);
        test(view.add).click();
        EmployeeFormDialog form = find(EmployeeFormDialog.class).single();

        test(form.nip).setValue("199202142019032011");
        assertThat(form.nip.isInvalid()).isFalse();
        assertThat(form.derived.getText()).isEqualTo("Lahir 14 Februari 1992, perempuan");

        test(form.nip).setValue("199202302019032011");
        assertThat(form.nip.isInvalid()).isTrue();
        assertThat(form.nip.getErrorMessage()).isEqualTo("8 digit pertama NIP bukan tanggal lahir yang sah");
    }

    @Test
    void refusedDataLandsOnTheFields() {
        EmployeeAdminView view = navigate(EmployeeAdminView.class);
        test(view.add).click();
        EmployeeFormDialog form = find(EmployeeFormDialog.class).single();
        test(form.nip).setValue("199202142019032011");

        test(form.save).click();

        assertThat(form.fullName.isInvalid()).isTrue();
        assertThat(form.fullName.getErrorMessage()).isEqualTo("Nama wajib diisi");
        assertThat(form.unit.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void importIsOfferedOnlyWhenNoRowHasAProblem() {
        EmployeeAdminView view = navigate(EmployeeAdminView.class);
        test(view.importButton).click();
        EmployeeImportDialog dialog = find(EmployeeImportDialog.class).single();

        dialog.showPreview("salah.csv", ("nip,nama,golongan,jenis_pegawai,jenis_jabatan,jenjang_jabatan,jabatan,"
                + "kode_unit,aktif\n123,Dewi,III/a,PNS,PELAKSANA,,Pengadministrasi Umum,KEL-KOMPERTA,ya\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.summary.getText()).contains("1 bermasalah");

        dialog.showPreview("bukan.pdf", new byte[] {1, 2, 3});
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.summary.getText()).isEqualTo("Berkas harus berformat CSV atau XLSX");

        dialog.showPreview("benar.csv", importer.csvTemplate());
        assertThat(dialog.importButton.isEnabled()).isTrue();
    }

    @Test
    void theFiltersNarrowTheList() {
        EmployeeAdminView view = navigate(EmployeeAdminView.class);
        int all = test(view.grid).size();

        test(view.filters.text).setValue("Yudi Rahman");

        assertThat(test(view.grid).size()).isPositive().isLessThan(all);
        assertThat(find(Notification.class).all()).isEmpty();
    }
}
