package id.plaju.pelita.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestUsers;
import id.plaju.pelita.account.AccountService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An open session ends at its next request when its account is disabled, its password is reset
 * or changed elsewhere, or its roles or headed units change; the session that changed its own
 * password goes on; nothing else ends a session.
 */
@PelitaSpringTest
@Transactional
class SessionStampFilterTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private SessionStampFilter filter;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    /** A signed-in session of {@code username}, as the sign-in leaves it. */
    private Tab signIn(String username) {
        filter = new SessionStampFilter(jdbc);
        return new Tab((PelitaUser) users.loadUserByUsername(username), new MockHttpSession());
    }

    private record Tab(PelitaUser user, MockHttpSession session) {
    }

    /** The tab's next request; @return whether its session is still open afterwards */
    private boolean nextRequest(Tab tab) throws Exception {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(tab.user(), null,
                tab.user().getAuthorities()));
        SecurityContextHolder.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(tab.session());
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        boolean open = !tab.session().isInvalid();
        assertThat(SecurityContextHolder.getContext().getAuthentication() != null).isEqualTo(open);
        return open;
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entities;

    /** An admin's change, written out as its commit would (the test's transaction is rolled back). */
    private void admin(Runnable change) {
        TestUsers.asAdmin(change);
        entities.flush();
    }

    private long id(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void aSessionGoesOnWhileNothingChanges() throws Exception {
        Tab tab = signIn("kepala");
        assertThat(nextRequest(tab)).isTrue();
        assertThat(nextRequest(tab)).isTrue();
        admin(() -> accounts.unlock(id("kepala")));
        assertThat(nextRequest(tab)).as("unlocking is no reason to end a session").isTrue();
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        Tab tab = signIn("pegawai");
        admin(() -> accounts.setEnabled(id("pegawai"), false));
        assertThat(nextRequest(tab)).isFalse();
    }

    @Test
    void aPasswordResetEndsTheSessions() throws Exception {
        Tab tab = signIn("pegawai");
        admin(() -> accounts.resetPassword(id("pegawai")));
        assertThat(nextRequest(tab)).isFalse();
    }

    @Test
    void changedRolesOrHeadedUnitsEndTheSessions() throws Exception {
        long ulu = jdbc.sql("select id from unit where code = 'KEL-PLAJU-ULU'").query(Long.class).single();
        long komperta = jdbc.sql("select id from unit where code = 'KEL-KOMPERTA'").query(Long.class).single();
        List<String> roles = jdbc.sql("select role from user_account_role where user_account_id = ?")
                .param(id("kepala")).query(String.class).list();
        Tab tab = signIn("kepala");
        admin(() -> accounts.updateRoles(id("kepala"), roles, Set.of(ulu)));
        assertThat(nextRequest(tab)).as("the same roles and units change nothing").isTrue();
        admin(() -> accounts.updateRoles(id("kepala"), roles, Set.of(ulu, komperta)));
        assertThat(nextRequest(tab)).isFalse();

        Tab again = signIn("kepala");
        admin(() -> accounts.updateRoles(id("kepala"), List.of(Roles.EMPLOYEE), Set.of()));
        assertThat(nextRequest(again)).isFalse();
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsOnly() throws Exception {
        long employee = jdbc.sql("""
                select e.id from employee e where e.active and not exists
                    (select 1 from user_account a where a.employee_id = e.id) order by e.id limit 1""")
                .query(Long.class).single();
        String[] temporary = new String[1];
        admin(() -> temporary[0] = accounts.create(employee, "stamp-test", List.of(Roles.EMPLOYEE), List.of())
                .password());
        Tab phone = signIn("stamp-test");
        Tab desk = signIn("stamp-test");
        assertThat(nextRequest(phone)).isTrue();
        assertThat(nextRequest(desk)).isTrue();

        // the desk tab changes the password, in a request of its own session
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(desk.session());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        TestUsers.signIn(desk.user());
        accounts.changeOwnPassword(temporary[0], "Sungai-Musi-2026-baru");
        entities.flush();
        RequestContextHolder.resetRequestAttributes();

        assertThat(nextRequest(desk)).isTrue();
        assertThat(nextRequest(phone)).isFalse();
    }
}
