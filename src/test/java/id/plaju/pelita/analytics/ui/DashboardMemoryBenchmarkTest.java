package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.CityScaleData;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Heap retained by an open dashboard at city scale ({@link CityScaleData}): opens the dashboard
 * {@value #VIEWS} times in a signed-in UI, keeps every view (its components, state nodes, chart
 * options and "show data" tables) reachable, and divides the growth of the heap after garbage
 * collection by {@value #VIEWS}. Also prints the time to load and draw the
 * dashboard for the chosen unit.
 * Run with {@code ./mvnw -Pbench test -Dtest=DashboardMemoryBenchmarkTest}.
 */
@PelitaSpringTest
@Tag("bench")
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.hikari.data-source-properties.socketTimeout=0")
class DashboardMemoryBenchmarkTest extends SpringBrowserlessTest {

    private static final int VIEWS = 10;

    @Autowired
    JdbcTemplate template;

    @Test
    @WithUserDetails("admin")
    void heapRetainedPerDashboard() {
        CityScaleData city = CityScaleData.ensure(template);
        double wholeCity = retainedPerView("whole city", view -> choose(view, city.rootId()));
        double kelurahan = retainedPerView("one kelurahan", view -> choose(view, city.kelurahanId()));
        assertThat(wholeCity).isPositive();
        assertThat(kelurahan).isPositive();
    }

    private double retainedPerView(String scope, Consumer<DashboardView> filter) {
        List<DashboardView> kept = new ArrayList<>();
        // one view first, so that classes, caches and pools are in place before the baseline (leaving the
        // page first: navigating to the view that is already open would reuse it)
        UI.getCurrent().navigate("admin/audit");
        DashboardView first = navigate(DashboardView.class);
        filter.accept(first);
        UI.getCurrent().navigate("admin/audit");
        long before = usedHeapAfterGc();
        long drawn = 0;
        for (int i = 0; i < VIEWS; i++) {
            DashboardView view = navigate(DashboardView.class);
            long start = System.nanoTime();
            filter.accept(view);
            roundTrip();
            drawn += System.nanoTime() - start;
            assertThat(view.participation.data().rows()).isNotEmpty();
            kept.add(view);
            UI.getCurrent().navigate("admin/audit");
            roundTrip();
        }
        long after = usedHeapAfterGc();
        double perView = (after - before) / (double) VIEWS / 1024;
        System.out.printf(Locale.ROOT, "[bench] dashboard %-14s heap retained per open dashboard %7.1f KB;"
                + " load + draw %6.1f ms (mean of %d)%n", scope, perView, drawn / 1e6 / VIEWS, VIEWS);
        assertThat(kept).hasSize(VIEWS);
        return perView;
    }

    private static void choose(DashboardView view, long unitId) {
        view.selectUnit(unitId);
        assertThat(view.unit.getValue().id()).isEqualTo(unitId);
    }

    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
