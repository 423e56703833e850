package id.plaju.pelita.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

class InstanceRouteConfigurationTest {

    @Test
    void sessionIdsEndInTheInstanceRouteSoAProxyCanKeepEachUserOnTheirInstance() throws Exception {
        assertThat(sessionCookie(new TomcatServletWebServerFactory(0))).doesNotContain(".");

        TomcatServletWebServerFactory routed = new TomcatServletWebServerFactory(0);
        routed.addContextCustomizers(InstanceRouteConfiguration.routeSessionIds("b"));
        assertThat(sessionCookie(routed)).matches("JSESSIONID=[0-9A-F]+\\.b");
    }

    @Test
    void aRouteThatCouldBreakTheCookieIsRefused() {
        assertThatThrownBy(() -> InstanceRouteConfiguration.routeSessionIds("a;b"))
                .hasMessageContaining("pelita.instance-route");
    }

    private static String sessionCookie(TomcatServletWebServerFactory factory) throws Exception {
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        } finally {
            server.stop();
        }
    }
}
