package id.plaju.pelita.security.ui;

import id.plaju.pelita.base.Today;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditEntry;
import id.plaju.pelita.security.audit.AuditFilter;
import id.plaju.pelita.security.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import org.springframework.data.domain.Sort;

/** The audit log, newest first, filtered by time range, actor and action. Read-only. */
@Route("admin/audit")
@Menu(order = 95, icon = "vaadin:clipboard-text", title = "menu.admin.audit")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** Plaju keeps Western Indonesian Time (WIB). */
    static final ZoneId ZONE = Today.ZONE;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data;

    AuditLogView(AuditService audit) {
        setSizeFull();
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        action.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, action);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZONE);
        grid.setId("audit");
        grid.addColumn(e -> time.format(e.getOccurredAt())).setHeader(getTranslation("audit.time"))
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setSortProperty("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.getAction().translationKey())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setAutoWidth(true);
        grid.addColumn(AuditEntry::getTarget).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addColumn(AuditEntry::getRemoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();

        data = DataProvider.<AuditEntry, AuditFilter>fromFilteringCallbacks(
                query -> audit.page(query.getFilter().orElse(AuditFilter.none()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)
                                .withSort(sortOrNewestFirst(VaadinSpringDataHelpers.toSpringDataSort(query))))
                        .stream(),
                query -> (int) audit.count(query.getFilter().orElse(AuditFilter.none())))
                .withConfigurableFilter();
        grid.setItems(data);

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        add(filters, grid);
        refresh();
    }

    private static Sort sortOrNewestFirst(Sort sort) {
        return sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, "occurredAt", "id");
    }

    AuditFilter filter() {
        LocalDate toDay = to.getValue();
        return new AuditFilter(
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZONE).toInstant(),
                actor.getValue(), action.getValue());
    }

    private void refresh() {
        data.setFilter(filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit");
    }
}
