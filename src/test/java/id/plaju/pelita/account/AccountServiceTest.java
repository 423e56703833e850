package id.plaju.pelita.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PelitaSpringTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminsPageThroughAccounts() {
        var page = accounts.page(PageRequest.of(0, 3, Sort.by("username")));

        assertThat(page.getTotalElements()).isEqualTo(accounts.count()).isGreaterThanOrEqualTo(4);
        assertThat(page.getContent()).extracting(AccountSummary::username).containsExactly("admin", "camat", "kepala");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void searchMatchesUsernameOrNameAndTakesWildcardsLiterally() {
        assertThat(accounts.page("PEGA", PageRequest.of(0, 10)).getContent()).extracting(AccountSummary::username)
                .contains("pegawai");
        assertThat(accounts.count("%")).isZero();
        assertThat(accounts.count("")).isEqualTo(accounts.count());
    }

    @Test
    @WithMockUser(username = "kepala", roles = {"HEAD", "EMPLOYEE"})
    void headsCannotListAccounts() {
        assertThatThrownBy(() -> accounts.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "pegawai", roles = "EMPLOYEE")
    void employeesCannotListAccounts() {
        assertThatThrownBy(() -> accounts.count()).isInstanceOf(AccessDeniedException.class);
    }
}
