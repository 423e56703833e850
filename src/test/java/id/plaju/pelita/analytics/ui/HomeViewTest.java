package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import id.plaju.pelita.security.ui.LoginView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PelitaSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void showsEmployeesPerUnitFromTheDatabase() {
        HomeView view = navigate(HomeView.class);

        ChartOption option = view.chart.getOption();
        assertThat(option.type()).isEqualTo(ChartOption.Type.BAR);
        JsonNode json = JsonMapper.builder().build().readTree(option.toJson());
        List<String> units = json.at("/yAxis/data").valueStream().map(JsonNode::asString).toList();
        int ulu = units.indexOf("Kelurahan Plaju Ulu");
        assertThat(ulu).isNotNegative();
        assertThat(json.at("/series/0/data/" + ulu).asLong()).isEqualTo(jdbc.sql(
                "select count(*) from employee e join unit u on u.id = e.unit_id where u.code = 'KEL-PLAJU-ULU' and e.active")
                .query(Long.class).single());
    }

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void aClickOnABarNamesTheUnit() {
        HomeView view = navigate(HomeView.class);

        ComponentUtil.fireEvent(view.chart,
                new EChart.PointClickEvent(view.chart, true, "Kelurahan Plaju Ulu", "Pegawai", 1, 16.0));

        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Kelurahan Plaju Ulu: 16 pegawai");
    }

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void employeeMenuHasNoAdministration() {
        navigate(HomeView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Pelatihan", "Jam Pelajaran (JP)", "Survei & Evaluasi");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminMenuHasTheAdministration() {
        navigate(HomeView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Pelatihan", "Jam Pelajaran (JP)", "Survei & Evaluasi",
                "Kelola Pelatihan", "Instrumen Survei", "Putaran Survei", "Unit Kerja", "Pegawai", "Pengguna",
                "Log Audit");
    }

    @Test
    @WithUserDetails("kepala")
    void headMenuHasTheStaffOfTheirUnits() {
        navigate(HomeView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Pelatihan", "Jam Pelajaran (JP)", "Pegawai Unit Saya",
                "Survei & Evaluasi", "Tingkat Respons");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToLogin() {
        assertThat(navigate("", LoginView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "kepala", roles = {"HEAD", "EMPLOYEE"})
    void theChosenLanguageIsRemembered() {
        try {
            navigate(HomeView.class);
            @SuppressWarnings("unchecked")
            Select<java.util.Locale> language = find(Select.class).withId("language").single();

            test(language).selectItem("English");

            assertThat(jdbc.sql("select preferred_locale from user_account where username = 'kepala'")
                    .query(String.class).single()).isEqualTo("en-US");
        } finally {
            jdbc.sql("update user_account set preferred_locale = null where username = 'kepala'").update();
        }
    }

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
