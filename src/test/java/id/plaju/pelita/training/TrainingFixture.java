package id.plaju.pelita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import id.plaju.pelita.security.PelitaUser;

/** Small, hand-countable training data written straight into the database for a test. */
public record TrainingFixture(JdbcClient jdbc) {

    public long unit(String code, String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, 'SEKSI', null, true)")
                .params(code, name).update(key);
        return key.getKey().longValue();
    }

    public long employee(long unitId, String nip, String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employee (nip, full_name, birth_date, gender, golongan, employment_type, position_family,
                    position_title, unit_id, active) values (?, ?, '1990-01-01', 'MALE', 'III_A', 'PNS', 'PELAKSANA',
                    'Pengelola Data', ?, true)""").params(nip, name, unitId).update(key);
        return key.getKey().longValue();
    }

    public long programme(String title, String mode, String competency) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_programme (title, delivery, mode, competency, active)
                values (?, 'WORKSHOP', ?, ?, true)""").params(title, mode, competency).update(key);
        return key.getKey().longValue();
    }

    public long session(long programmeId, LocalDateTime start, String jp, String status, Integer capacity) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, capacity, jp, status)
                values (?, ?, ?, 'Aula', ?, ?, ?)""")
                .params(programmeId, start, start.plusHours(2), capacity, new BigDecimal(jp), status).update(key);
        return key.getKey().longValue();
    }

    public void attend(long sessionId, long employeeId, String status) {
        jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, ?, now(6))")
                .params(sessionId, employeeId, status).update();
    }

    public void activity(long employeeId, LocalDate date, String jp, String competency, String status) {
        jdbc.sql("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence,
                    status) values (?, 'Kursus daring', 'ONLINE_COURSE', ?, ?, ?, 'Sertifikat 1', ?)""")
                .params(employeeId, competency, date, new BigDecimal(jp), status).update();
    }

    /** Signs in (in this thread) as an admin with no employee record. */
    public static void signInAsAdmin(String username) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_ADMIN"));
        PelitaUser user = new PelitaUser(username, "x", true, true, authorities, null, Set.of(), false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    /** Signs in (in this thread) as an employee, for services that act for "me". */
    public static void signInAs(String username, long employeeId) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE"));
        PelitaUser user = new PelitaUser(username, "x", true, true, authorities, employeeId, Set.of(), false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }
}
