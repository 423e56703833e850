package id.plaju.pelita.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.base.ui.SaveDialog;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.Instrument;
import id.plaju.pelita.survey.InstrumentService;
import id.plaju.pelita.survey.InstrumentStatus;
import id.plaju.pelita.survey.InstrumentSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Survey instruments: their versions and items. A published instrument is never edited in place:
 * "Versi baru" copies it into a draft, whose items can be edited before it is published.
 */
@Route("admin/instruments")
@Menu(order = 75, icon = "vaadin:list-ol", title = "menu.admin.instruments")
@RolesAllowed(Roles.ADMIN)
class InstrumentAdminView extends VerticalLayout implements HasDynamicTitle {

    private final InstrumentService instruments;
    final Grid<InstrumentSummary> grid = new Grid<>(InstrumentSummary.class, false);
    final Grid<Instrument.Item> items = new Grid<>(Instrument.Item.class, false);
    final Button newVersion = new Button(VaadinIcon.COPY.create());
    final Button publish = new Button();
    final Button retire = new Button();
    final Button addItem = new Button(VaadinIcon.PLUS.create());
    final Button removeItem = new Button(VaadinIcon.TRASH.create());
    final Paragraph scale = new Paragraph();
    private Instrument current;

    InstrumentAdminView(InstrumentService instruments) {
        this.instruments = instruments;
        setSizeFull();
        newVersion.setText(getTranslation("instruments.new-version"));
        newVersion.setId("instrument-new-version");
        newVersion.addClickListener(e -> selected().ifPresent(i -> run(() -> instruments.newVersion(i.id()))));
        publish.setText(getTranslation("instruments.publish"));
        publish.setId("instrument-publish");
        publish.addClickListener(e -> selected().ifPresent(i -> run(() -> instruments.publish(i.id()))));
        retire.setText(getTranslation("instruments.retire"));
        retire.addClickListener(e -> selected().ifPresent(i -> run(() -> instruments.retire(i.id()))));

        addItem.setText(getTranslation("instruments.add-item"));
        addItem.setId("instrument-add-item");
        addItem.addClickListener(e -> itemDialog(null));
        removeItem.setText(getTranslation("instruments.remove-item"));
        removeItem.addClickListener(e -> items.getSelectedItems().stream().findFirst()
                .ifPresent(i -> run(() -> instruments.removeItem(i.id()))));

        grid.setId("instruments");
        grid.addColumn(InstrumentSummary::nameId).setHeader(getTranslation("instruments.name")).setFlexGrow(1);
        grid.addColumn(InstrumentSummary::code).setHeader(getTranslation("units.code")).setAutoWidth(true);
        grid.addColumn(InstrumentSummary::version).setHeader(getTranslation("instruments.version")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.status().translationKey())).setHeader(getTranslation("rounds.status"))
                .setAutoWidth(true);
        grid.addColumn(InstrumentSummary::items).setHeader(getTranslation("instruments.items")).setAutoWidth(true);
        grid.addColumn(InstrumentSummary::responses).setHeader(getTranslation("instruments.responses")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addSelectionListener(e -> showItems());

        items.setId("instrument-items");
        items.addColumn(Instrument.Item::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> i.text(getLocale())).setHeader(getTranslation("instruments.item")).setFlexGrow(1);
        items.addColumn(i -> subscaleName(i.subscaleId())).setHeader(getTranslation("instruments.subscale"))
                .setAutoWidth(true);
        items.addColumn(i -> i.reverseScored() ? "↺" : "").setHeader(getTranslation("instruments.reverse"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addItemDoubleClickListener(e -> itemDialog(e.getItem()));
        items.setSizeFull();

        add(new HorizontalLayout(newVersion, publish, retire), grid, new H3(getTranslation("instruments.items")), scale,
                new HorizontalLayout(addItem, removeItem), items);
        refresh();
    }

    private Optional<InstrumentSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        Long selectedId = selected().map(InstrumentSummary::id).orElse(null);
        var all = instruments.list();
        grid.setItems(all);
        all.stream().filter(i -> selectedId == null || i.id() == selectedId).findFirst().ifPresent(grid::select);
        showItems();
    }

    private void showItems() {
        InstrumentSummary summary = selected().orElse(null);
        current = summary == null ? null : instruments.load(summary.id());
        items.setItems(current == null ? List.of() : current.items());
        scale.setText(current == null ? "" : getTranslation("instruments.scale", current.scaleMin(), current.scaleMax(),
                current.labels().stream().map(l -> l.point() + " " + l.label(getLocale())).collect(Collectors.joining(", "))));
        boolean draft = summary != null && summary.status() == InstrumentStatus.DRAFT;
        publish.setEnabled(draft);
        retire.setEnabled(summary != null && summary.status() == InstrumentStatus.PUBLISHED);
        newVersion.setEnabled(summary != null);
        addItem.setEnabled(draft);
        removeItem.setEnabled(draft);
    }

    private String subscaleName(long id) {
        return current == null ? "" : current.subscales().stream().filter(s -> s.id() == id).findFirst()
                .map(s -> s.name(getLocale())).orElse("");
    }

    /** Edits an item of a draft, or adds one when {@code item} is null. */
    private void itemDialog(Instrument.Item item) {
        if (current == null || current.status() != InstrumentStatus.DRAFT) {
            Notifications.error(getTranslation("survey.error.not-draft"));
            return;
        }
        TextArea textId = new TextArea(getTranslation("instruments.item.text-id"));
        TextArea textEn = new TextArea(getTranslation("instruments.item.text-en"));
        if (item != null) {
            textId.setValue(item.textId());
            textEn.setValue(item.textEn());
        }
        Map<Long, Instrument.Subscale> subscales = current.subscales().stream()
                .collect(Collectors.toMap(Instrument.Subscale::id, Function.identity()));
        Select<Instrument.Subscale> subscale = new Select<>();
        subscale.setLabel(getTranslation("instruments.subscale"));
        subscale.setItems(current.subscales());
        subscale.setItemLabelGenerator(s -> s == null ? "" : s.name(getLocale()));
        subscale.setValue(item == null ? current.subscales().getFirst() : subscales.get(item.subscaleId()));
        Checkbox reverse = new Checkbox(getTranslation("instruments.reverse"), item != null && item.reverseScored());
        FormLayout form = new FormLayout(textId, textEn, subscale, reverse);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        SaveDialog.open(this, item == null ? getTranslation("instruments.add-item")
                : getTranslation("instruments.item") + " " + item.position(), form, "item-save", () -> {
                    if (item == null) {
                        instruments.addItem(current.id(), subscale.getValue().id(), textId.getValue(),
                                textEn.getValue(), reverse.getValue());
                    } else {
                        instruments.updateItem(item.id(), textId.getValue(), textEn.getValue(),
                                subscale.getValue().id(), reverse.getValue());
                    }
                }, getTranslation("action.saved"), this::refresh);
    }

    private void run(Runnable action) {
        if (Notifications.attempt(this, action)) {
            Notifications.success(getTranslation("action.saved"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.instruments");
    }
}
