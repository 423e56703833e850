package id.plaju.pelita.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a user in from the sign-in page's Vaadin request rather than from a plain form post: that
 * request travels Vaadin's own CSRF-protected channel, so another site cannot sign a victim into an
 * account of its choosing (login CSRF), and {@code POST /login} without a CSRF token is refused.
 * The same authentication manager as before runs (lockout count, password check, audit events);
 * the session gets a new id before the signed-in context is stored in it (no session fixation).
 */
@Component
public class SignIn {

    private final ObjectProvider<AuthenticationConfiguration> configuration;
    private final ObjectProvider<VaadinDefaultRequestCache> requestCache;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(ObjectProvider<AuthenticationConfiguration> configuration, ObjectProvider<VaadinDefaultRequestCache> requestCache) {
        this.configuration = configuration;
        this.requestCache = requestCache;
    }

    /**
     * @return the address to go to next: the page that asked for the sign-in, or the home page
     * @throws AuthenticationException when the sign-in is refused (wrong password, locked, disabled)
     */
    public String signIn(String username, String password) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                username == null ? "" : username.strip(), password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        AuthenticationManager manager = configuration.getObject().getAuthenticationManager();
        Authentication result = manager.authenticate(attempt);

        VaadinDefaultRequestCache cache = requestCache.getIfAvailable();
        SavedRequest saved = cache == null ? null : cache.getRequest(request, response);
        VaadinService.reinitializeSession(vaadinRequest);
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        return saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
    }
}
