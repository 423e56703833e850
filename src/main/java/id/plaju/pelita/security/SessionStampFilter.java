package id.plaju.pelita.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once its account has been disabled, had its password reset
 * or changed, or had its roles or headed units changed: each of these raises the account's
 * {@code security_stamp}, and every request of a signed-in session compares the stored stamp with
 * the one the session started with. The stamp is read from the database (one primary-key read per
 * request), so a change made on one instance ends the sessions on every instance. The request then
 * goes on without a session: a page request is sent to the sign-in page, and an open tab's next
 * Vaadin request finds its session gone and reloads into the sign-in page.
 */
public class SessionStampFilter extends OncePerRequestFilter {

    /** The stamp a session carries once its own user has changed their password in it. */
    static final String ATTRIBUTE = SessionStampFilter.class.getName() + ".stamp";

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final JdbcClient jdbc;

    public SessionStampFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the current session (the one that changed its own password) open under the account's new stamp. */
    public static void keepCurrentSession(long newStamp) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, newStamp, RequestAttributes.SCOPE_SESSION);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PelitaUser user
                && user.getSecurityStamp() != PelitaUser.UNSTAMPED) {
            Object kept = session.getAttribute(ATTRIBUTE);
            long started = kept instanceof Long stamp ? stamp : user.getSecurityStamp();
            List<Long> current = jdbc.sql("select security_stamp from user_account where username = ? and enabled")
                    .param(user.getUsername()).query(Long.class).list();
            if (current.isEmpty() || current.getFirst() != started) {
                log.info("Session of {} ended: the account was disabled or its password or roles changed",
                        user.getUsername());
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
