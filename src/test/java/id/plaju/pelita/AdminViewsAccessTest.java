package id.plaju.pelita;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.plaju.pelita.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every administration route opens for {@code admin} and for nobody else. */
@PelitaSpringTest
class AdminViewsAccessTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "admin/units", "admin/employees", "admin/audit"})
    @WithUserDetails("admin")
    void adminOpens(String route) {
        UI.getCurrent().navigate(route);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(route);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).doesNotContain("Error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "admin/units", "admin/employees", "admin/audit"})
    @WithUserDetails("kepala")
    void headIsRefused(String route) {
        UI.getCurrent().navigate(route);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).contains("Error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "admin/units", "admin/employees", "admin/audit", "staff"})
    @WithUserDetails("pegawai")
    void employeeIsRefused(String route) {
        UI.getCurrent().navigate(route);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).contains("Error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "admin/units", "admin/employees", "admin/audit", "staff"})
    @WithAnonymousUser
    void anonymousIsSentToLogin(String route) {
        UI.getCurrent().navigate(route);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("kepala")
    void headOpensTheirStaff() {
        UI.getCurrent().navigate("staff");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("StaffView");
    }
}
