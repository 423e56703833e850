package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.RoundRow;
import id.plaju.pelita.survey.RoundStatus;
import id.plaju.pelita.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For heads: the response rate of their units in a round and who still has to fill it in. */
@Route("surveys/rates")
@Menu(order = 35, icon = "vaadin:line-bar-chart", title = "menu.rates")
@RolesAllowed(Roles.HEAD)
class ResponseRateView extends VerticalLayout implements HasDynamicTitle {

    final Select<RoundRow> round = new Select<>();
    final ResponseRatePanel panel;

    ResponseRateView(SurveyRoundService rounds) {
        setMaxWidth("960px");
        List<RoundRow> all = rounds.rounds().stream().filter(r -> r.status() != RoundStatus.DRAFT).toList();
        round.setLabel(getTranslation("rounds.round"));
        round.setItems(all);
        round.setItemLabelGenerator(r -> r == null ? "" : r.title());
        round.setId("rate-round");
        round.setWidth("420px");
        panel = new ResponseRatePanel(rounds);
        round.addValueChangeListener(e -> panel.show(e.getValue() == null ? null : e.getValue().id()));
        add(round, panel);
        all.stream().filter(r -> r.status() == RoundStatus.OPEN).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(round::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.rates");
    }
}
