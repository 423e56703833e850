package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
class UnitScopeServiceTest {

    @Autowired
    UnitScopeService scope;

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    @Test
    @WithUserDetails("kepala")
    void aLurahSeesOnlyTheirKelurahan() {
        assertThat(scope.visibleUnitIds()).containsExactly(unit("KEL-PLAJU-ULU"));
        assertThat(scope.canSee(unit("KEL-KOMPERTA"))).isFalse();
    }

    @Test
    @WithUserDetails("kepala")
    void aForgedUnitIdIsRefused() {
        long komperta = unit("KEL-KOMPERTA");
        assertThatThrownBy(() -> scope.requireVisible(komperta)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("camat")
    void theCamatSeesEveryUnitBelowTheKecamatan() {
        assertThat(scope.visibleUnitIds()).hasSize((int) unitCount())
                .contains(unit("KEC-UMPEG"), unit("KEL-TALANG-PUTRI"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdminSeesAllUnits() {
        assertThat(scope.seesAllUnits()).isTrue();
        assertThat(scope.visibleUnitIds()).hasSize((int) unitCount());
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesNoUnitData() {
        assertThat(scope.visibleUnitIds()).isEmpty();
        long ulu = unit("KEL-PLAJU-ULU");
        assertThatThrownBy(() -> scope.requireVisible(ulu)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("camat")
    void descendantsIncludeGrandchildren() {
        assertThat(scope.withDescendants(java.util.List.of(unit("KEC-SEKRETARIAT"))))
                .containsExactlyInAnyOrder(unit("KEC-SEKRETARIAT"), unit("KEC-UMPEG"), unit("KEC-RENKEU"));
    }

    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("admin")
    void theTreeFollowsEveryChangeToTheUnits() {
        long top = units.create("SCOPE-TOP", "Cakupan Atas", UnitType.SEKSI, null).id();
        long child = units.create("SCOPE-ANAK", "Cakupan Anak", UnitType.SEKSI, top).id();
        try {
            assertThat(scope.subtree(top).units()).extracting(UnitNode::id).containsExactlyInAnyOrder(top, child);
            assertThat(scope.topVisibleUnitIds()).contains(top).doesNotContain(child);

            units.rename(child, "Cakupan Anak Baru");
            assertThat(scope.subtree(top).units()).extracting(UnitNode::name).contains("Cakupan Anak Baru");

            units.move(child, null);
            assertThat(scope.subtree(top).units()).extracting(UnitNode::id).containsExactly(top);
            assertThat(scope.withDescendants(java.util.List.of(top))).containsExactly(top);
            assertThat(scope.topVisibleUnitIds()).contains(top, child);

            units.setActive(child, false);
            assertThat(scope.subtree(child).units()).extracting(UnitNode::active).containsExactly(false);
        } finally {
            jdbc.sql("delete from unit where id = ?").param(child).update();
            jdbc.sql("delete from unit where id = ?").param(top).update();
        }
        assertThat(scope.visibleUnitIds()).doesNotContain(top, child).hasSize((int) unitCount());
    }
}
