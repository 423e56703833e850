package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.ui.CurrentUserProfile;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import id.plaju.pelita.organization.OrganizationService;
import id.plaju.pelita.organization.UnitHeadcount;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;

/**
 * The landing page: a welcome and the staff of Plaju per unit, drawn from the database. The role
 * dashboards replace the chart in later iterations.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    final EChart chart = new EChart();

    HomeView(OrganizationService organization, CurrentUserProfile profile) {
        addClassName("home-view");
        List<UnitHeadcount> headcounts = organization.headcountPerUnit();
        long total = headcounts.stream().mapToLong(UnitHeadcount::employees).sum();

        H2 welcome = new H2(getTranslation("home.welcome", profile.displayName().orElse("")));
        Paragraph summary = new Paragraph(getTranslation("home.summary",
                NumberFormat.getIntegerInstance(getLocale()).format(total),
                NumberFormat.getIntegerInstance(getLocale()).format(headcounts.size())));

        chart.setId("headcount-chart");
        chart.setWidthFull();
        chart.setHeight("520px");
        chart.setOption(ChartOption.bar(
                        headcounts.stream().map(UnitHeadcount::name).toList(),
                        List.of(new ChartOption.Series(getTranslation("home.chart.series"),
                                headcounts.stream().map(UnitHeadcount::employees).toList())))
                .title(getTranslation("home.chart.title"))
                .horizontal());
        chart.addPointClickListener(click -> Notification.show(
                getTranslation("home.chart.clicked", click.getName(), click.getValue()), 4000,
                Notification.Position.BOTTOM_START));

        Div card = new Div(chart);
        card.addClassName("card");
        card.setWidthFull();
        add(welcome, summary, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
