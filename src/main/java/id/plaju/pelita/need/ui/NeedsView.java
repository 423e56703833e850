package id.plaju.pelita.need.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.need.NeedData;
import id.plaju.pelita.need.NeedGroup;
import id.plaju.pelita.need.NeedPriority;
import id.plaju.pelita.need.NeedRow;
import id.plaju.pelita.need.NeedService;
import id.plaju.pelita.need.NeedStatus;
import id.plaju.pelita.need.NeedWindow;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Delivery;
import id.plaju.pelita.training.ProgrammeData;
import id.plaju.pelita.training.TrainingMode;
import id.plaju.pelita.training.ui.ProgrammeDialog;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * <i>Kebutuhan pelatihan</i>: an employee proposes needs while the year's window is open and follows
 * each one's status; a head endorses their units' needs and merges duplicates; an admin opens the
 * window, reads the needs by topic and unit, and plans a programme from endorsed needs.
 */
@Route("kebutuhan")
@Menu(order = 12, icon = "vaadin:lightbulb", title = "menu.needs")
@PermitAll
class NeedsView extends VerticalLayout implements HasDynamicTitle {

    private final NeedService needs;
    private final Today today;
    private final boolean employee = CurrentUser.principal().map(PelitaUser::getEmployeeId).isPresent();
    private final boolean head = CurrentUser.hasRole(Roles.HEAD) || CurrentUser.hasRole(Roles.ADMIN);
    private final boolean admin = CurrentUser.hasRole(Roles.ADMIN);
    final Paragraph windowInfo = new Paragraph();
    final Button propose = new Button();
    final Div mine = new Div();
    final Select<Integer> year = new Select<>();
    final Grid<NeedRow> review = new Grid<>(NeedRow.class, false);
    final Button endorse = new Button();
    final Button merge = new Button();
    final Button plan = new Button();
    final Grid<NeedGroup> groups = new Grid<>(NeedGroup.class, false);
    final DatePicker opensOn = new DatePicker();
    final DatePicker closesOn = new DatePicker();
    final Button saveWindow = new Button();

    NeedsView(NeedService needs, Today today) {
        this.needs = needs;
        this.today = today;
        setMaxWidth("1200px");
        add(new Paragraph(getTranslation("need.intro")));
        if (employee) {
            windowInfo.setId("need-window-info");
            propose.setText(getTranslation("need.propose"));
            propose.setId("need-propose");
            propose.setIcon(VaadinIcon.PLUS.create());
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.addClickListener(e -> proposeDialog());
            mine.setId("my-needs");
            mine.setWidthFull();
            mine.addClassName("transcript-year");
            HorizontalLayout bar = new HorizontalLayout(windowInfo, propose);
            bar.setWidthFull();
            bar.setWrap(true);
            bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(new H3(getTranslation("need.mine")), bar, mine);
        }
        if (head) {
            int thisYear = today.year();
            year.setLabel(getTranslation("jp.year"));
            year.setItems(thisYear + 1, thisYear, thisYear - 1);
            year.setValue(thisYear);
            year.setId("need-year");
            year.addValueChangeListener(e -> refresh());
            review.setId("needs-review");
            review.setSelectionMode(Grid.SelectionMode.MULTI);
            // the topic is what is read first: it takes the room, unit and proposer keep a fixed width
            review.addColumn(NeedRow::topic).setHeader(getTranslation("need.topic")).setWidth("180px").setFlexGrow(1)
                    .setTooltipGenerator(NeedRow::topic);
            review.addColumn(NeedRow::unitName).setHeader(getTranslation("employees.unit")).setWidth("160px")
                    .setFlexGrow(0);
            review.addColumn(NeedRow::proposer).setHeader(getTranslation("need.proposer")).setWidth("140px")
                    .setFlexGrow(0);
            review.addColumn(n -> getTranslation(n.competency().translationKey())).setHeader(getTranslation("training.competency"))
                    .setAutoWidth(true);
            review.addColumn(n -> getTranslation(n.priority().translationKey())).setHeader(getTranslation("need.priority"))
                    .setAutoWidth(true);
            review.addComponentColumn(need -> {
                HorizontalLayout cell = new HorizontalLayout(statusBadge(need), rowAction(need));
                cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
                cell.setSpacing(true);
                return cell;
            }).setHeader(getTranslation("need.status")).setWidth("250px").setFlexGrow(0);
            review.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                    n -> new Paragraph(getTranslation("need.problem") + ": " + n.problem())));
            review.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            review.setHeight("420px");
            review.addSelectionListener(e -> enableActions());
            endorse.setText(getTranslation("need.endorse"));
            endorse.setId("need-endorse");
            endorse.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            endorse.addClickListener(e -> {
                Set<Long> ids = review.getSelectedItems().stream().map(NeedRow::id).collect(Collectors.toSet());
                if (Notifications.attempt(this, () -> Notifications.success(getTranslation("need.endorsed",
                        needs.endorse(ids))))) {
                    refresh();
                }
            });
            merge.setText(getTranslation("need.merge"));
            merge.setId("need-merge");
            merge.addClickListener(e -> mergeDialog());
            HorizontalLayout actions = new HorizontalLayout(year, endorse, merge);
            actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            actions.setWrap(true);
            if (admin) {
                plan.setText(getTranslation("need.plan"));
                plan.setId("need-plan");
                plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                plan.addClickListener(e -> planDialog());
                actions.add(plan);
            }
            add(new H3(getTranslation(admin ? "need.all" : "need.units")), new Paragraph(getTranslation("need.review.help")),
                    actions, review);
        }
        if (admin) {
            groups.setId("need-groups");
            groups.addColumn(NeedGroup::topic).setHeader(getTranslation("need.topic")).setWidth("320px").setFlexGrow(1);
            groups.addColumn(NeedGroup::unitName).setHeader(getTranslation("employees.unit")).setWidth("240px")
                    .setFlexGrow(0);
            groups.addColumn(NeedGroup::proposals).setHeader(getTranslation("need.proposals")).setAutoWidth(true);
            groups.addColumn(NeedGroup::endorsed).setHeader(getTranslation("need.status.ENDORSED")).setAutoWidth(true);
            groups.addColumn(NeedGroup::planned).setHeader(getTranslation("need.status.PLANNED")).setAutoWidth(true);
            groups.setAllRowsVisible(true);
            groups.addThemeVariants(GridVariant.LUMO_COMPACT);
            opensOn.setLabel(getTranslation("need.window.opens"));
            opensOn.setId("need-window-opens");
            closesOn.setLabel(getTranslation("need.window.closes"));
            closesOn.setId("need-window-closes");
            saveWindow.setText(getTranslation("need.window.save"));
            saveWindow.setId("need-window-save");
            saveWindow.addClickListener(e -> {
                if (Notifications.attempt(this, () -> needs.openWindow(year.getValue(), opensOn.getValue(),
                        closesOn.getValue()))) {
                    Notifications.success(getTranslation("need.window.saved", year.getValue()));
                    refresh();
                }
            });
            HorizontalLayout window = new HorizontalLayout(opensOn, closesOn, saveWindow);
            window.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            window.setWrap(true);
            Div card = new Div(new H3(getTranslation("need.window")), new Paragraph(getTranslation("need.window.help")),
                    window);
            card.addClassName("card");
            card.setWidthFull();
            add(new H3(getTranslation("need.groups")), groups, card);
        }
        refresh();
    }

    private void refresh() {
        if (employee) {
            Optional<NeedWindow> window = needs.currentWindow();
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
            boolean open = window.map(w -> w.isOpenOn(today.date())).orElse(false);
            windowInfo.setText(window.isEmpty() ? getTranslation("need.window.none", today.year())
                    : open ? getTranslation("need.window.open", date.format(window.get().closesOn()))
                    : getTranslation("need.window.closed", date.format(window.get().opensOn()),
                            date.format(window.get().closesOn())));
            propose.setEnabled(open);
            mine.removeAll();
            List<NeedRow> own = needs.mine();
            if (own.isEmpty()) {
                mine.add(new Paragraph(getTranslation("need.mine.empty")));
            }
            for (NeedRow need : own) {
                Span topic = new Span(need.topic());
                topic.addClassName("transcript-title");
                Span meta = new Span(need.year() + " · " + getTranslation(need.competency().translationKey()) + " · "
                        + getTranslation(need.priority().translationKey())
                        + (need.programmeTitle() == null ? "" : " · " + getTranslation("need.programme", need.programmeTitle())));
                meta.addClassName("transcript-meta");
                Div text = new Div(topic, meta);
                text.addClassName("transcript-text");
                Div row = new Div(text, statusBadge(need));
                row.addClassName("transcript-entry");
                row.setId("need-" + need.id());
                mine.add(row);
            }
        }
        if (head) {
            review.deselectAll();
            review.setItems(needs.ofUnits(year.getValue(), null));
            enableActions();
        }
        if (admin) {
            groups.setItems(needs.groups(year.getValue()));
            Optional<NeedWindow> window = needs.window(year.getValue());
            opensOn.setValue(window.map(NeedWindow::opensOn).orElse(null));
            closesOn.setValue(window.map(NeedWindow::closesOn).orElse(null));
        }
    }

    /** One click for the usual next step of a single need: endorse it (heads), plan a programme from it (admins). */
    private com.vaadin.flow.component.Component rowAction(NeedRow need) {
        if (need.merged()) {
            return new Span();
        }
        if (need.status() == NeedStatus.PROPOSED) {
            Button one = new Button(getTranslation("need.endorse.one"), e -> {
                if (Notifications.attempt(this, () -> needs.endorse(Set.of(need.id())))) {
                    Notifications.success(getTranslation("need.endorsed", 1));
                    refresh();
                }
            });
            one.setId("need-endorse-" + need.id());
            one.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            return one;
        }
        if (admin && need.status() == NeedStatus.ENDORSED) {
            Button one = new Button(getTranslation("need.plan.one"), e -> planDialog(List.of(need)));
            one.setId("need-plan-" + need.id());
            one.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return one;
        }
        return new Span();
    }

    private void enableActions() {
        Set<NeedRow> selected = review.getSelectedItems();
        endorse.setEnabled(selected.stream().anyMatch(n -> n.status() == NeedStatus.PROPOSED && !n.merged()));
        merge.setEnabled(selected.size() >= 2);
        plan.setEnabled(!selected.isEmpty()
                && selected.stream().allMatch(n -> n.status() == NeedStatus.ENDORSED && !n.merged()));
    }

    private Span statusBadge(NeedRow need) {
        Span badge = new Span(getTranslation(need.status().translationKey())
                + (need.merged() ? " · " + getTranslation("need.merged", need.mergedIntoId()) : ""));
        badge.getElement().getThemeList().add("badge pill " + switch (need.status()) {
            case PROPOSED -> "contrast";
            case ENDORSED -> "";
            case PLANNED -> "success";
            case DONE -> "success primary";
        });
        badge.addClassName("need-status");
        return badge;
    }

    private void proposeDialog() {
        Select<CompetencyType> competency = new Select<>();
        competency.setLabel(getTranslation("training.competency"));
        competency.setItems(CompetencyType.values());
        competency.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.translationKey()));
        competency.setValue(CompetencyType.TEKNIS);
        competency.setId("need-competency");
        TextField topic = new TextField(getTranslation("need.topic"));
        topic.setId("need-topic");
        topic.setMaxLength(150);
        topic.setPlaceholder(getTranslation("need.topic.placeholder"));
        TextArea problem = new TextArea(getTranslation("need.problem"));
        problem.setId("need-problem");
        problem.setMaxLength(1000);
        problem.setHelperText(getTranslation("need.problem.help"));
        Select<NeedPriority> priority = new Select<>();
        priority.setLabel(getTranslation("need.priority"));
        priority.setItems(NeedPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.translationKey()));
        priority.setValue(NeedPriority.SEDANG);
        priority.setId("need-priority");
        FormLayout form = new FormLayout(topic, competency, priority, problem);
        form.setColspan(topic, 2);
        form.setColspan(problem, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        Dialog dialog = new Dialog(getTranslation("need.propose"));
        dialog.setWidth("min(640px, 100vw)");
        dialog.add(form);
        Button save = new Button(getTranslation("need.send"), e -> {
            if (Notifications.attempt(this, form, () -> needs.propose(new NeedData(competency.getValue(), topic.getValue(),
                    problem.getValue(), priority.getValue())))) {
                Notifications.success(getTranslation("need.sent"));
                dialog.close();
                refresh();
            }
        });
        save.setId("need-send");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void mergeDialog() {
        List<NeedRow> selected = new ArrayList<>(review.getSelectedItems());
        Select<NeedRow> target = new Select<>();
        target.setLabel(getTranslation("need.merge.target"));
        target.setItems(selected);
        target.setItemLabelGenerator(n -> n == null ? "" : "#" + n.id() + " · " + n.topic() + " · " + n.proposer());
        target.setValue(selected.getFirst());
        target.setId("need-merge-target");
        target.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("need.merge"));
        dialog.setWidth("min(560px, 100vw)");
        dialog.add(new Paragraph(getTranslation("need.merge.help")), target);
        Button ok = new Button(getTranslation("need.merge"), e -> {
            if (Notifications.attempt(this, () -> needs.merge(target.getValue().id(),
                    selected.stream().map(NeedRow::id).toList()))) {
                Notifications.success(getTranslation("need.merged.done", selected.size() - 1));
                dialog.close();
                refresh();
            }
        });
        ok.setId("need-merge-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void planDialog() {
        planDialog(new ArrayList<>(review.getSelectedItems()));
    }

    private void planDialog(List<NeedRow> selected) {
        NeedRow first = selected.getFirst();
        String problems = selected.stream().map(n -> "• " + n.unitName() + ": " + n.problem()).collect(Collectors.joining("\n"));
        String description = getTranslation("need.plan.description") + "\n" + problems;
        ProgrammeData proposal = new ProgrammeData(first.topic(), description.length() > 4000
                ? description.substring(0, 3999) + "…" : description, Delivery.WORKSHOP, TrainingMode.KLASIKAL,
                first.competency(), first.topic(), null);
        Set<Long> ids = selected.stream().map(NeedRow::id).collect(Collectors.toSet());
        new ProgrammeDialog("need.plan", proposal, data -> needs.planProgramme(data, ids), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.needs");
    }

}
