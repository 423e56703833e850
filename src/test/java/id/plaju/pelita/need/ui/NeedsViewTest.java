package id.plaju.pelita.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.need.NeedRow;
import id.plaju.pelita.need.NeedStatus;
import id.plaju.pelita.training.ui.ProgrammeDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Kebutuhan pelatihan as pegawai, kepala and admin use it on the demo data (its window is open today). */
@PelitaSpringTest
@Transactional
class NeedsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeProposesANeedAndAMissingProblemIsRefusedWithAMessage() {
        NeedsView view = navigate(NeedsView.class);
        assertThat(view.windowInfo.getText()).startsWith("Usulan dibuka sampai");
        assertThat(view.mine.getElement().getTextRecursively()).contains("Aplikasi SIAK Terpusat", "Diusulkan");
        assertThat(view.review.isAttached()).as("an employee reviews nothing").isFalse();

        test(view.propose).click();
        test(find(TextField.class).withId("need-topic").single()).setValue("Penyusunan Laporan Kinerja Kelurahan");
        test(find(Button.class).withId("need-send").single()).click();
        assertThat(find(Dialog.class).all()).as("stays open: the problem is missing").hasSize(1);

        test(find(TextArea.class).withId("need-problem").single()).setValue("Laporan triwulan sering terlambat dan ditolak.");
        test(find(Button.class).withId("need-send").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(view.mine.getElement().getTextRecursively()).contains("Penyusunan Laporan Kinerja Kelurahan");
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadEndorsesTheirUnitsProposal() {
        NeedsView view = navigate(NeedsView.class);
        var rows = view.review.getListDataView().getItems().toList();
        assertThat(rows).extracting(NeedRow::unitName).containsOnly("Kelurahan Plaju Ulu");
        NeedRow siak = rows.stream().filter(n -> n.topic().startsWith("Aplikasi SIAK")).findFirst().orElseThrow();
        assertThat(view.endorse.isEnabled()).isFalse();
        view.review.select(siak);
        assertThat(view.endorse.isEnabled()).isTrue();
        test(view.endorse).click();
        assertThat(view.review.getListDataView().getItems().filter(n -> n.id() == siak.id()).findFirst().orElseThrow()
                .status()).isEqualTo(NeedStatus.ENDORSED);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminPlansAProgrammeFromEndorsedNeedsWithTheirProblemsInItsDescription() {
        NeedsView view = navigate(NeedsView.class);
        assertThat(view.groups.getListDataView().getItems().toList()).isNotEmpty();
        var floods = view.review.getListDataView().getItems()
                .filter(n -> n.topic().toLowerCase().startsWith("penanganan banjir") && n.status() == NeedStatus.ENDORSED)
                .toList();
        assertThat(floods).hasSize(2);
        floods.forEach(view.review::select);
        assertThat(view.plan.isEnabled()).isTrue();
        test(view.plan).click();
        ProgrammeDialog dialog = find(ProgrammeDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).isNotNull();
        test(find(Button.class).withId("programme-save").single()).click();
        assertThat(find(ProgrammeDialog.class).all()).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from training_need n join training_programme p on p.id = n.programme_id
                where lower(n.topic) like 'penanganan banjir%' and p.description like '%Genangan setiap hujan deras%'""")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(view.review.getListDataView().getItems().filter(n -> n.topic().toLowerCase().startsWith("penanganan banjir")))
                .allMatch(n -> n.status() == NeedStatus.PLANNED);
    }
}
