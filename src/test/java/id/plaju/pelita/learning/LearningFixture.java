package id.plaju.pelita.learning;

import id.plaju.pelita.security.PelitaUser;
import java.util.Arrays;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Units under a parent, head accounts, and signing in with roles, for the learning tests. */
record LearningFixture(JdbcClient jdbc) {

    long unit(String code, Long parentId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, 'SEKSI', ?, true)")
                .params(code, "Unit " + code, parentId).update(key);
        return key.getKey().longValue();
    }

    /** An enabled account with the given employee, heading the given units with role HEAD (if any). */
    void headAccount(String username, Long employeeId, long... headedUnits) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into user_account (username, password_hash, display_name, employee_id, enabled, created_at)
                values (?, 'x', ?, ?, true, now(6))""").params(username, username, employeeId).update(key);
        long account = key.getKey().longValue();
        jdbc.sql("insert into user_account_role (user_account_id, role) values (?, 'HEAD')").param(account).update();
        for (long unit : headedUnits) {
            jdbc.sql("insert into user_account_head_unit (user_account_id, unit_id) values (?, ?)")
                    .params(account, unit).update();
        }
    }

    static void signIn(String username, Long employeeId, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        PelitaUser user = new PelitaUser(username, "x", true, true, authorities, employeeId, Set.of(), false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }
}
