package id.plaju.pelita.base.web;

import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several instances behind one reverse proxy keep each user on the instance that holds the user's
 * session (Vaadin keeps the whole UI state there): with {@code pelita.instance-route} set, every
 * session id ends in {@code .<route>} (Tomcat's jvmRoute), and the proxy sends a request to the
 * instance its cookie names — see {@code deploy/two-instances/nginx.conf}.
 */
@Configuration(proxyBeanMethods = false)
class InstanceRouteConfiguration {

    private static final Pattern ROUTE = Pattern.compile("[a-z0-9-]{1,20}");

    @Bean
    @ConditionalOnProperty("pelita.instance-route")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> instanceRoute(@Value("${pelita.instance-route}") String route) {
        return factory -> factory.addContextCustomizers(routeSessionIds(route));
    }

    static TomcatContextCustomizer routeSessionIds(String route) {
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("pelita.instance-route must be 1 to 20 of a-z, 0-9 and '-', not '"
                    + route + "'");
        }
        // the context is attached to its engine only when it starts, and its session manager reads the
        // engine's jvmRoute after that
        return (Context context) -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                ((Engine) context.getParent().getParent()).setJvmRoute(route);
            }
        });
    }
}
