package id.plaju.pelita;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every {@code @Route} of the portal, opened as each demo role on the demo data (which holds pending
 * activities, an open round, closed and upcoming sessions): each either opens or is refused with the
 * not-found page, and none ever ends on the failure page. Routes that take an id are opened with a
 * real one and with one that does not exist.
 */
@PelitaSpringTest
class EveryRouteTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    /** Route → the view class it opens, found by scanning, so a new view is covered without a new line here. */
    static Map<String, String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> routes = new TreeMap<>();
        scanner.findCandidateComponents("id.plaju.pelita").forEach(bean -> {
            try {
                Class<?> view = Class.forName(bean.getBeanClassName());
                routes.put(view.getAnnotation(Route.class).value(), view.getSimpleName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }

    private List<String> addresses() {
        long session = jdbc.sql("select id from training_session order by starts_at desc limit 1").query(Long.class).single();
        long round = jdbc.sql("select id from survey_round where status = 'OPEN' order by id limit 1").query(Long.class).single();
        long programme = jdbc.sql("select programme_id from curriculum_review order by id limit 1").query(Long.class)
                .single();
        List<String> addresses = new ArrayList<>();
        routes().keySet().forEach(route -> {
            switch (route) {
                case "admin/trainings/session" -> addresses.addAll(List.of(route + "/" + session, route + "/99999999"));
                case "surveys/round" -> addresses.addAll(List.of(route + "/" + round, route + "/99999999"));
                case "scorecard" -> addresses.addAll(List.of(route + "/" + programme, route + "/99999999"));
                case "verifikasi" -> addresses.addAll(List.of(route, route + "/0000-0000-0000-0000-0000", route + "/%3Cx%3E"));
                default -> {
                    if (route.startsWith("surveys/test/")) {
                        addresses.addAll(List.of("surveys/test/" + session + "/pre", "surveys/test/" + session + "/post",
                                "surveys/test/99999999/pre"));
                    } else {
                        addresses.add(route);
                    }
                }
            }
        });
        return addresses;
    }

    /** @return address → the view it ended on */
    private Map<String, String> openAll() {
        Map<String, String> ended = new TreeMap<>();
        for (String address : addresses()) {
            UI.getCurrent().navigate(address);
            Component view = UI.getCurrent().getCurrentView();
            ended.put(address, view.getClass().getSimpleName());
        }
        return ended;
    }

    private void assertNoFailure(Map<String, String> ended) {
        assertThat(ended).as("routes found").hasSizeGreaterThanOrEqualTo(18);
        assertThat(ended).allSatisfy((address, view) -> assertThat(view).as(address).isNotEqualTo("FailureView"));
    }

    @Test
    @WithUserDetails("admin")
    void everyPageWorksForTheAdmin() {
        Map<String, String> ended = openAll();
        assertNoFailure(ended);
        assertThat(ended).containsEntry("admin/users", "UserListView").containsEntry("jp", "JpView")
                .containsEntry("admin/audit", "AuditLogView")
                .containsEntry("admin/trainings/session/99999999", "NotFoundErrorView");
    }

    @Test
    @WithUserDetails("camat")
    void everyPageWorksForTheCamat() {
        Map<String, String> ended = openAll();
        assertNoFailure(ended);
        assertThat(ended).containsEntry("dashboard", "DashboardView").containsEntry("admin/users", "NotFoundErrorView")
                .containsEntry("scorecard/99999999", "ScorecardView");
    }

    @Test
    @WithUserDetails("kepala")
    void everyPageWorksForTheHead() {
        Map<String, String> ended = openAll();
        assertNoFailure(ended);
        assertThat(ended).containsEntry("surveys/rates", "ResponseRateView").containsEntry("staff", "StaffView");
    }

    @Test
    @WithUserDetails("pegawai")
    void everyPageWorksForTheEmployee() {
        Map<String, String> ended = openAll();
        assertNoFailure(ended);
        assertThat(ended).containsEntry("surveys", "SurveysView").containsEntry("dashboard", "NotFoundErrorView")
                .containsEntry("surveys/test/99999999/pre", "TestView");
    }

    @Test
    @WithAnonymousUser
    void everyPageSendsAStrangerToSignIn() {
        Map<String, String> ended = openAll();
        assertNoFailure(ended);
        ended.forEach((address, view) -> assertThat(view).as(address)
                .isEqualTo(address.startsWith("verifikasi") ? "VerificationView" : "LoginView"));
    }
}
