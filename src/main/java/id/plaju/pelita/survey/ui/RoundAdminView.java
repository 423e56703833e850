package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.base.ui.SaveDialog;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.InstrumentService;
import id.plaju.pelita.survey.InstrumentStatus;
import id.plaju.pelita.survey.InstrumentSummary;
import id.plaju.pelita.survey.RoundData;
import id.plaju.pelita.survey.RoundRow;
import id.plaju.pelita.survey.RoundStatus;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;

/** Survey rounds: create (instrument, dates, target units, optional training link), open, close, extend. */
@Route("admin/rounds")
@Menu(order = 76, icon = "vaadin:calendar-clock", title = "menu.admin.rounds")
@RolesAllowed(Roles.ADMIN)
class RoundAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyRoundService rounds;
    final Grid<RoundRow> grid = new Grid<>(RoundRow.class, false);
    final Button create = new Button(VaadinIcon.PLUS.create());
    final Button open = new Button();
    final Button close = new Button();
    final Button extend = new Button();
    final ResponseRatePanel rates;

    RoundAdminView(SurveyRoundService rounds, InstrumentService instruments, UnitService units,
            TrainingService trainings) {
        this.rounds = rounds;
        setSizeFull();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        create.setText(getTranslation("rounds.create"));
        create.setId("round-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createDialog(instruments, units, trainings));
        open.setText(getTranslation("rounds.open"));
        open.setId("round-open");
        open.addClickListener(e -> selected().ifPresent(r -> run(() -> rounds.open(r.id()))));
        close.setText(getTranslation("rounds.close"));
        close.setId("round-close");
        close.addClickListener(e -> selected().ifPresent(this::confirmClose));
        extend.setText(getTranslation("rounds.extend"));
        extend.setId("round-extend");
        extend.addClickListener(e -> selected().ifPresent(this::extendDialog));

        grid.setId("rounds");
        grid.addColumn(RoundRow::title).setHeader(getTranslation("rounds.title")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.instrumentName() + " v" + r.instrumentVersion()).setHeader(getTranslation("rounds.instrument"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.opensOn().format(date) + " – " + r.closesOn().format(date))
                .setHeader(getTranslation("rounds.dates")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().translationKey())).setHeader(getTranslation("rounds.status"))
                .setAutoWidth(true);
        grid.addColumn(RoundRow::completions).setHeader(getTranslation("rounds.completions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("320px");
        rates = new ResponseRatePanel(rounds);
        grid.addSelectionListener(e -> {
            updateButtons();
            rates.show(e.getFirstSelectedItem().map(RoundRow::id).orElse(null));
        });
        add(new HorizontalLayout(create, open, close, extend), grid, rates);
        refresh();
    }

    private Optional<RoundRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        RoundRow r = selected().orElse(null);
        open.setEnabled(r != null && r.status() == RoundStatus.DRAFT);
        close.setEnabled(r != null && r.status() == RoundStatus.OPEN);
        extend.setEnabled(r != null && r.status() == RoundStatus.OPEN);
    }

    private void refresh() {
        Long selectedId = selected().map(RoundRow::id).orElse(null);
        grid.setItems(rounds.rounds());
        if (selectedId != null) {
            rounds.rounds().stream().filter(r -> r.id() == selectedId).findFirst().ifPresent(grid::select);
        }
        updateButtons();
    }

    /** Closing is final: the round's published figures are decided at that moment and never change. */
    private void confirmClose(RoundRow round) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("rounds.close"),
                getTranslation("rounds.close.confirm", round.title()), getTranslation("rounds.close"),
                ok -> run(() -> rounds.close(round.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("round-close-confirm");
        confirm.open();
    }

    private void run(Runnable action) {
        if (Notifications.attempt(this, action)) {
            Notifications.success(getTranslation("action.saved"));
        }
        refresh();
    }

    private void createDialog(InstrumentService instruments, UnitService units, TrainingService trainings) {
        ComboBox<InstrumentSummary> instrument = new ComboBox<>(getTranslation("rounds.instrument"));
        instrument.setItems(instruments.list().stream().filter(i -> i.status() == InstrumentStatus.PUBLISHED).toList());
        instrument.setItemLabelGenerator(i -> i.nameId() + " v" + i.version());
        TextField title = new TextField(getTranslation("rounds.title"));
        DatePicker opens = new DatePicker(getTranslation("rounds.opens"));
        DatePicker closes = new DatePicker(getTranslation("rounds.closes"));
        MultiSelectComboBox<UnitNode> targets = new MultiSelectComboBox<>(getTranslation("rounds.targets"));
        targets.setItems(units.visibleActiveUnits());
        targets.setItemLabelGenerator(UnitNode::name);
        targets.setHelperText(getTranslation("rounds.targets.help"));
        ComboBox<ProgrammeRow> programme = new ComboBox<>(getTranslation("rounds.programme"));
        programme.setItems(trainings.programmes());
        programme.setItemLabelGenerator(ProgrammeRow::title);
        programme.setClearButtonVisible(true);
        Select<String> phase = new Select<>();
        phase.setLabel(getTranslation("rounds.phase"));
        phase.setItems("BEFORE", "AFTER");
        phase.setItemLabelGenerator(p -> p == null ? "" : getTranslation("rounds.phase." + p));
        FormLayout form = new FormLayout(instrument, title, opens, closes, targets, programme, phase);
        form.setColspan(targets, 2);
        SaveDialog.open(this, getTranslation("rounds.create"), form, "round-save", () -> {
            if (instrument.getValue() == null) {
                throw new UserFacingException("survey.error.instrument-not-found");
            }
            rounds.create(new RoundData(instrument.getValue().id(), title.getValue(), opens.getValue(),
                    closes.getValue(), targets.getValue().stream().map(UnitNode::id).collect(Collectors.toSet()),
                    programme.getValue() == null ? null : programme.getValue().id(), phase.getValue()));
        }, getTranslation("action.saved"), this::refresh);
    }

    private void extendDialog(RoundRow round) {
        DatePicker closes = new DatePicker(getTranslation("rounds.closes"));
        closes.setValue(round.closesOn());
        SaveDialog.open(this, getTranslation("rounds.extend"), closes, "round-extend-save",
                () -> rounds.extend(round.id(), closes.getValue()), getTranslation("action.saved"), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.rounds");
    }
}
