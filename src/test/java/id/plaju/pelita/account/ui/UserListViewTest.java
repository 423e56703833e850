package id.plaju.pelita.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@PelitaSpringTest
class UserListViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesTheAccounts() {
        navigate(UserListView.class);

        Grid<?> grid = find(Grid.class).withId("accounts").single();
        var tester = test(grid);
        assertThat(tester.size()).isGreaterThanOrEqualTo(4);
        assertThat(tester.getCellText(0, 0)).isNotBlank();
    }

    @Test
    @WithMockUser(username = "kepala", roles = {"HEAD", "EMPLOYEE"})
    void headIsRefused() {
        assertThatThrownBy(() -> navigate(UserListView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void employeeIsRefused() {
        assertThatThrownBy(() -> navigate(UserListView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToLogin() {
        assertThat(navigate("admin/users", LoginView.class)).isNotNull();
    }
}
