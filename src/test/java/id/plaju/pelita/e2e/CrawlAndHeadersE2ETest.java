package id.plaju.pelita.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every menu entry of every demo role, followed in Chromium under the portal's Content-Security-Policy:
 * no page may end on the failure page or log a browser error. And the headers and the session
 * cookie each response carries.
 */
class CrawlAndHeadersE2ETest extends E2ETestBase {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "camat", "kepala", "pegawai"})
    void everyMenuEntryOpensWithoutAnErrorOrABrowserError(String username) throws Exception {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage((ConsoleMessage message) -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add(error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                errors.add(response.status() + " " + response.url());
            }
        });
        signIn(username, "pelita123");
        waitForHome();
        page.locator("vaadin-side-nav-item").first().waitFor();
        Set<String> entries = new LinkedHashSet<>();
        for (Object path : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))")) {
            entries.add(String.valueOf(path));
        }
        assertThat(entries).as("menu of " + username).hasSizeGreaterThanOrEqualTo(3);
        for (String entry : entries) {
            page.navigate(url("/" + entry));
            page.locator("vaadin-app-layout").waitFor();
            page.waitForLoadState();
            assertThat(page.locator("#failure").count()).as(username + " on /" + entry).isZero();
            assertThat(page.locator("#not-found").count()).as(username + " on /" + entry).isZero();
        }
        screenshot("crawl-" + username);
        assertThat(errors).as("browser errors of " + username).isEmpty();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheCookieStaysOutOfUrls() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));

        // another site's form cannot sign anyone in: a sign-in post without a CSRF token, even with the
        // right password, is turned back to the sign-in page, and its session stays signed out
        HttpClient browserLike = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        browserLike.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> forged = browserLike.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pegawai&password=pelita123")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
        HttpResponse<String> afterwards = browserLike.send(HttpRequest.newBuilder(URI.create(url("/dashboard"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));

        HttpResponse<String> protectedPage = http.send(HttpRequest.newBuilder(URI.create(url("/dashboard"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }
}
