package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.survey.UnitResponseRate;
import java.text.NumberFormat;
import java.util.List;

/** Response rate per unit of a round, and the names of who has not completed it — never answers. */
class ResponseRatePanel extends VerticalLayout {

    private final SurveyRoundService rounds;
    final Grid<UnitResponseRate> rates = new Grid<>(UnitResponseRate.class, false);
    final Div missing = new Div();

    ResponseRatePanel(SurveyRoundService rounds) {
        this.rounds = rounds;
        setPadding(false);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        rates.setId("response-rates");
        rates.addColumn(UnitResponseRate::unitName).setHeader(getTranslation("employees.unit")).setFlexGrow(1);
        rates.addColumn(UnitResponseRate::staff).setHeader(getTranslation("jp.staff")).setAutoWidth(true);
        rates.addColumn(UnitResponseRate::completed).setHeader(getTranslation("rounds.completions")).setAutoWidth(true);
        rates.addColumn(r -> percent.format(r.rate())).setHeader(getTranslation("rounds.rate")).setAutoWidth(true);
        rates.setAllRowsVisible(true);
        rates.addThemeVariants(GridVariant.LUMO_COMPACT);
        missing.setId("not-completed");
        add(new H3(getTranslation("rounds.rates")), rates, new H3(getTranslation("rounds.not-completed")),
                new Paragraph(getTranslation("rounds.not-completed.help")), missing);
        setVisible(false);
    }

    void show(Long roundId) {
        setVisible(roundId != null);
        if (roundId == null) {
            return;
        }
        rates.setItems(rounds.responseRates(roundId));
        missing.removeAll();
        List<String> names = rounds.notCompleted(roundId);
        UnorderedList list = new UnorderedList();
        names.forEach(n -> list.add(new ListItem(n)));
        missing.add(names.isEmpty() ? new Paragraph(getTranslation("rounds.all-completed")) : list);
    }
}
