package id.plaju.pelita.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections of every response: a Content-Security-Policy that admits only
 * PELITA's own origin (Vaadin's client engine evaluates the JavaScript the server sends, its
 * documented need for {@code 'unsafe-eval'} and {@code 'unsafe-inline'}; nothing from another origin
 * may run, frame the portal or receive a form), {@code nosniff}, a same-origin referrer, no framing,
 * and {@code no-store} on everything but the versioned static bundle, so a page with personal data
 * is never kept by a shared computer's browser or a proxy. Set before the chain runs; Spring
 * Security's own writers then leave these headers as they are.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/VAADIN/build/") && !path.startsWith("/VAADIN/static/")) {
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
